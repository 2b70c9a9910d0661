using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportBot.Conversations;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Benchmarks;

/// <summary>
/// The services the program composes (<c>AddReportBot</c>), on a fresh SQLite file of its own, with the store's
/// connections profiled. Disposing deletes the file.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private static long lastUpdateId;
    private readonly IHost host;

    private BenchHost(IHost host, string path) => (this.host, Path) = (host, path);

    public string Path { get; }

    public ConversationService Service => host.Services.GetRequiredService<ConversationService>();

    public ReportStore Store => host.Services.GetRequiredService<ReportStore>();

    public ReportBot.Core.Interviews.InterviewContext Context => host.Services.GetRequiredService<ReportBot.Core.Interviews.InterviewContext>();

    public static async Task<BenchHost> StartAsync()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reportbot-bench-{Guid.NewGuid():N}.db");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = path });
        builder.Logging.ClearProviders();
        builder.AddReportBot();
        builder.Services.AddSingleton(new ReportStore(path) { Opened = SqlProfiler.Attach, WriterWaited = SqlProfiler.AddWait });
        var host = builder.Build();
        await host.Services.GetRequiredService<ReportStore>().MigrateAsync(CancellationToken.None);
        return new BenchHost(host, path);
    }

    public static long NextUpdateId() => Interlocked.Increment(ref lastUpdateId);

    public async Task AdmitAsync(long userId, string role = Roles.Coordinator)
    {
        await using var s = await Store.BeginAsync(CancellationToken.None);
        await s.AddPersonAsync(new Person(userId, $"用户{userId}", role), DateTimeOffset.UtcNow, CancellationToken.None);
        await s.CommitAsync(CancellationToken.None);
    }

    /// <summary>A connection for the benchmark's own bulk set-up SQL (never used while measuring).</summary>
    public async Task<SqliteConnection> OpenRawAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        host.Dispose();
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Path + suffix);
    }
}
