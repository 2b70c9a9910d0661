using Microsoft.Extensions.Options;
using ReportBot.Storage;

namespace ReportBot.Hosting;

/// <summary>
/// Brings the SQLite file to the current schema and makes the configured coordinators exactly the coordinators,
/// before any worker handles a message.
/// </summary>
public sealed class StorageInitializer(ReportStore store, IOptions<AccessOptions> access, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        await using var session = await store.BeginAsync(cancellationToken);
        foreach (var id in access.Value.Coordinators)
        {
            var known = await session.FindPersonAsync(id, cancellationToken);
            await session.AddPersonAsync(new Person(id, known?.DisplayName ?? $"协调员{id}", Roles.Coordinator), clock.GetUtcNow(), cancellationToken);
        }
        // Removing someone from Access:Coordinators takes their rights away at the next start.
        await session.DemoteCoordinatorsExceptAsync(access.Value.Coordinators, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
