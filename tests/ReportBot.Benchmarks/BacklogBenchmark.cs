using Microsoft.Data.Sqlite;

namespace ReportBot.Benchmarks;

/// <summary>
/// The lanes' look for chats with work (<c>InboxChatsDueAsync</c>, the same query the sender runs on the outbox), in a
/// store whose inbox holds a backlog: what a bot meets when it starts again after an outage, and runs once per chat
/// drained. 100 chats share the pending rows; 20,000 handled rows lie beside them, as in a bot that has been running.
/// </summary>
internal static class BacklogBenchmark
{
    private const int Chats = 100;
    private const int Rows = 20_000;

    public static async Task RunAsync(int repeats)
    {
        foreach (var pending in new[] { 20, 200, 2_000, 19_000 })
        {
            await using var host = await BenchHost.StartAsync();
            await FillAsync(host, pending);
            var times = new List<double>();
            var found = 0;
            for (var i = 0; i < repeats; i++)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await using (var read = await host.Store.ReadAsync(CancellationToken.None))
                    found = (await read.InboxChatsDueAsync(DateTimeOffset.UtcNow.AddMinutes(1), 64, CancellationToken.None)).Count;
                times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(Stats.Row($"chats with work, {pending:N0} updates pending in {Chats} chats ({found} found, at most 64)", times));
        }
    }

    private static async Task FillAsync(BenchHost host, int pending)
    {
        await using var connection = await host.OpenRawAsync();
        await using var command = new SqliteCommand(
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows)
            INSERT INTO telegram_inbox (update_id, chat_id, user_id, body, status, received_at, due_at)
            SELECT i, 1000 + i % $chats, 1000 + i % $chats, '{"update_id":' || i || '}', CASE WHEN i > $rows - $pending THEN 'pending' ELSE 'done' END,
                '2026-01-20T00:00:00.0000000+00:00', '2026-01-20T00:00:00.0000000+00:00' FROM n
            """, connection);
        command.Parameters.AddWithValue("$rows", Rows);
        command.Parameters.AddWithValue("$chats", Chats);
        command.Parameters.AddWithValue("$pending", pending);
        await command.ExecuteNonQueryAsync();
    }
}
