using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportBot.Tests.Conversations;
using SQLitePCL;
using Xunit.Abstractions;

namespace ReportBot.Tests.Storage;

/// <summary>
/// What a message costs must not grow with the store. The same chat fills the same report twice: in a store that
/// holds only it and last year's report, and in one that also holds 10,000 other reports of last year (each a 机关 a
/// new report's name is matched against) and a history of 5,000 changes on the report itself. SQLite counts the virtual-machine instructions every statement runs (its
/// progress handler), so a query that reads a whole year or a whole history shows as work, however fast the disk.
/// </summary>
public sealed class StoreScaleTests(ITestOutputHelper output)
{
    private const string Agency = "焦作市人防办";
    private const int OtherReports = 10_000;
    private const int HistoryRows = 5_000;

    // Every how many instructions SQLite calls back: the count is exact to this.
    private const int Every = 16;

    [Fact]
    public async Task AMessageRunsNoMoreSqlInAStoreOfTenThousandReportsAndALongHistoryThanInAnEmptyOne()
    {
        var small = await FillAsync(grow: false);
        var large = await FillAsync(grow: true);

        output.WriteLine($"instructions for the chat's {small.Count} messages: {small.Sum():N0} in the small store, {large.Sum():N0} in the large one");
        Assert.Equal(small.Count, large.Count);
        Assert.True(small.Sum() > 10_000, $"only {small.Sum()} instructions were counted");
        // Index seeks cost the same at any size; reading 10,000 reports or 5,000 history rows once per message would
        // add far more than this to the chat.
        Assert.True(large.Sum() <= small.Sum() * 1.05, string.Join("\n", small.Zip(large).Select((p, i) => $"message {i + 1}: {p.First:N0} → {p.Second:N0}")));
    }

    /// <summary>The counter sees a statement that reads every report of a year, which one index seek does not.</summary>
    [Fact]
    public async Task TheCountGrowsWithTheRowsAStatementReads()
    {
        using var chat = new ChatDriver(opened: Count);
        await chat.AdmitAsync();
        await GrowLastYearAsync(chat.DbPath);
        await using var connection = new SqliteConnection($"Data Source={chat.DbPath}");
        await connection.OpenAsync();
        Count(connection);

        var seek = await CountedAsync(connection, "SELECT id FROM reports WHERE agency = '机关1号' AND year = 2022");
        var year = await CountedAsync(connection, "SELECT count(*) FROM reports WHERE year = 2022 AND status = 'submitted'");

        Assert.True(year > seek * 100, $"a seek {seek}, the whole year {year}");
    }

    private async Task<List<long>> FillAsync(bool grow)
    {
        using var chat = new ChatDriver(opened: Count);
        await chat.AdmitAsync();
        await SeedAnswers.ImportAsync(chat, Agency, 2022, SeedAnswers.Complete());
        if (grow) await GrowLastYearAsync(chat.DbPath);
        var lines = File.ReadAllLines(SeedReport.ChatFile).Where(l => l.Length > 0).ToList();
        var counts = new List<long>();
        // /new, the name (matched against the 机关 the store knows) and the year: the report exists from here on.
        foreach (var line in lines.Take(3)) counts.Add(await CountedAsync(chat, line));
        if (grow) await GrowHistoryAsync(chat.DbPath, (await chat.ConversationAsync()).ReportId!.Value, chat.UserId);
        // The first answer is checked against every change since the screen its question was shown on, so it reads
        // the history just written (the person's own changes, so nothing is stale); the screen then catches up.
        await chat.SendAsync(lines[3]);
        foreach (var line in lines.Skip(4)) counts.Add(await CountedAsync(chat, line));
        Assert.Contains("报告已提交", chat.LastText, StringComparison.Ordinal);
        return counts;
    }

    private async Task<long> CountedAsync(ChatDriver chat, string line)
    {
        var before = Interlocked.Read(ref instructions);
        if (line.StartsWith('#')) await chat.PressAsync(chat.Last.SelectMany(r => r.AllButtons).ElementAt(int.Parse(line[1..], CultureInfo.InvariantCulture) - 1).Label);
        else await chat.SendAsync(line);
        return (Interlocked.Read(ref instructions) - before) * Every;
    }

    private long instructions;

    // Kept in a field: the native side holds only a pointer to it.
    private delegate_progress? progress;

    private void Count(SqliteConnection connection)
    {
        progress ??= _ =>
        {
            Interlocked.Increment(ref instructions);
            return 0;
        };
        raw.sqlite3_progress_handler(connection.Handle, Every, progress, null);
    }

    private async Task<long> CountedAsync(SqliteConnection connection, string sql)
    {
        var before = Interlocked.Read(ref instructions);
        await using var command = new SqliteCommand(sql, connection);
        await using (var reader = await command.ExecuteReaderAsync()) while (await reader.ReadAsync()) { }
        return (Interlocked.Read(ref instructions) - before) * Every;
    }

    private static Task GrowLastYearAsync(string path) => ExecuteAsync(path,
        $"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {OtherReports})
        INSERT INTO reports (format_id, agency, year, status, created_by, created_at, agency_core, deadline)
        SELECT '{ChatDriver.Context.Format.Id}', '机关' || i || '号', 2022, 'submitted', 1001, '2023-01-20T00:00:00.0000000+00:00', '机关' || i || '号', '2023-01-31' FROM n
        """);

    private static Task GrowHistoryAsync(string path, long reportId, long userId) => ExecuteAsync(path,
        $"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {HistoryRows})
        INSERT INTO answer_history (report_id, key, old_value, new_value, changed_by, changed_at)
        SELECT {reportId}, 'earlier.' || (i % 300), NULL, i, {userId}, '2023-01-10T00:00:00.0000000+00:00' FROM n
        """);

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
