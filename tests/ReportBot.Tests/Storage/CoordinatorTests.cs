using Microsoft.Extensions.Options;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Tests.Storage;

/// <summary>The configuration says who the coordinators are, at every start.</summary>
public sealed class CoordinatorTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task ACoordinatorRemovedFromTheConfigurationIsStaffAfterTheNextStart()
    {
        await StartAsync([111, 222]);
        await chat.AdmitAsync(-5, Roles.Coordinator);

        await StartAsync([111]);

        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        Assert.Equal(Roles.Coordinator, (await s.FindPersonAsync(111, CancellationToken.None))!.Role);
        Assert.Equal(Roles.Staff, (await s.FindPersonAsync(222, CancellationToken.None))!.Role);
        // The local console user (a negative id) is not managed by the configuration.
        Assert.Equal(Roles.Coordinator, (await s.FindPersonAsync(-5, CancellationToken.None))!.Role);
    }

    private Task StartAsync(long[] coordinators) =>
        new StorageInitializer(chat.Store, Options.Create(new AccessOptions { Coordinators = coordinators }), TimeProvider.System).StartAsync(CancellationToken.None);
}
