using System.Runtime.CompilerServices;
using ReportBot.Storage;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The write connection keeps its commands for the life of the process; the values a session bound to them (a
/// reply's JSON, a message's changes) must not live that long, or every collection promotes them.
/// </summary>
public sealed class KeptValuesTests : IDisposable
{
    private readonly TempStoreFile file = new("kept-values");
    private readonly ReportStore store;

    public KeptValuesTests()
    {
        store = new ReportStore(file.Path);
        store.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        store.Dispose();
        file.Dispose();
    }

    [Fact]
    public async Task ASessionsValuesAreLetGoOnceItEnds()
    {
        var (statement, query) = await UseOnceAsync(store);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(statement.IsAlive, "a kept statement still holds the value bound to it");
        Assert.False(query.IsAlive, "a kept query still holds the value bound to it");
    }

    // Its own frame, so nothing of it is left on the test's stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(WeakReference Statement, WeakReference Query)> UseOnceAsync(ReportStore store)
    {
        var inbox = new string('i', 2_000);
        var agency = new string('a', 2_000);
        await using (var session = await store.BeginAsync(CancellationToken.None))
        {
            await session.MarkHandledAsync(inbox, 1, DateTimeOffset.UtcNow, CancellationToken.None);
            await session.FindReportAsync(agency, 2025, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }
        return (new WeakReference(inbox), new WeakReference(agency));
    }
}
