using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ReportBot.Benchmarks;

/// <summary>
/// The floor under every message: one tiny write committed on the same kind of file (WAL, synchronous=FULL).
/// Timed here because SQLite's profiler counts in whole milliseconds.
/// </summary>
internal static class CommitFloor
{
    public static async Task RunAsync()
    {
        await using var host = await BenchHost.StartAsync();
        await using var connection = await host.OpenRawAsync();
        await using (var setup = new SqliteCommand("PRAGMA synchronous = FULL; CREATE TABLE bench_commit (x INTEGER);", connection)) await setup.ExecuteNonQueryAsync();
        var ms = new List<double>();
        for (var i = 0; i < 300; i++)
        {
            await using var tx = connection.BeginTransaction(deferred: false);
            await using (var insert = new SqliteCommand("INSERT INTO bench_commit (x) VALUES (1)", connection, tx)) await insert.ExecuteNonQueryAsync();
            var watch = Stopwatch.StartNew();
            await tx.CommitAsync();
            if (i >= 20) ms.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine(Stats.Row("COMMIT of a one-row write (WAL, synchronous=FULL)", ms.Order().ToList()));
    }
}
