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
            // As the store runs its transactions: statements on the connection (RawTransaction).
            await using (var begin = new SqliteCommand("BEGIN IMMEDIATE; INSERT INTO bench_commit (x) VALUES (1);", connection)) await begin.ExecuteNonQueryAsync();
            var watch = Stopwatch.StartNew();
            await using (var commit = new SqliteCommand("COMMIT;", connection)) await commit.ExecuteNonQueryAsync();
            if (i >= 20) ms.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine(Stats.Row("COMMIT of a one-row write (WAL, synchronous=FULL)", ms.Order().ToList()));
    }
}
