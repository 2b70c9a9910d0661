using ReportBot.Storage;

namespace ReportBot.Hosting;

/// <summary>Brings the SQLite file to the current schema before any worker handles a message.</summary>
public sealed class StorageInitializer(ReportStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
