using Microsoft.Data.Sqlite;

namespace ReportBot.Benchmarks;

/// <summary>
/// One chat's messages in a store of one report and in a large one: 10,000 other reports of last year (whose report
/// each message looks for) and a history of 20,000 earlier changes on the report being filled (which each message
/// reads from the person's last screen on). Small and large take turns, so both meet the same noise.
/// </summary>
internal static class ScaleBenchmark
{
    private const int LastYearReports = 10_000;
    private const int HistoryRows = 20_000;

    public static async Task RunAsync(int rounds)
    {
        List<MessageSample> small = [], large = [], smallNaming = [], largeNaming = [];
        for (var round = 0; round < rounds; round++)
        {
            var (naming, filling) = await FillAsync(grow: false, round);
            (smallNaming, small) = ([.. smallNaming, .. naming], [.. small, .. filling]);
            (naming, filling) = await FillAsync(grow: true, round);
            (largeNaming, large) = ([.. largeNaming, .. naming], [.. large, .. filling]);
        }
        Console.WriteLine(Stats.LatencyRow("/new, the name, the year: a store of one report", smallNaming));
        Console.WriteLine(Stats.LatencyRow($"the same, beside {LastYearReports:N0} reports of last year (the name is matched against every 机关)", largeNaming));
        Console.WriteLine(Stats.LatencyRow("seed after the report is named, a store of one report", small));
        Console.WriteLine(Stats.LatencyRow($"the same, beside {LastYearReports:N0} reports of last year and {HistoryRows:N0} changes in its history", large));
    }

    private static async Task<(List<MessageSample> Naming, List<MessageSample> Filling)> FillAsync(bool grow, int round)
    {
        const long user = 1;
        await using var host = await BenchHost.StartAsync();
        await host.AdmitAsync(user);
        if (grow) await ExecuteAsync(host, $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {LastYearReports})
            INSERT INTO reports (format_id, agency, year, status, created_by, created_at, agency_core, deadline)
            SELECT '{host.Context.Format.Id}', '机关' || i || '号', 2022, 'submitted', {user}, '2023-01-20T00:00:00.0000000+00:00', '机关' || i || '号', '2023-01-31' FROM n
            """);
        var agency = $"{ChatScript.SeedAgency}{round}";
        // /new, the name, the year: the report exists from here.
        var naming = await new ChatScript("head", ChatScript.Seed.Lines.Take(3).ToList()).RunAsync(host.Service, user, agency, countAllocations: false);
        if (grow) await ExecuteAsync(host, $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {HistoryRows})
            INSERT INTO answer_history (report_id, key, old_value, new_value, changed_by, changed_at)
            SELECT (SELECT max(id) FROM reports), 'earlier.' || (i % 300), NULL, i, {user}, '2023-01-10T00:00:00.0000000+00:00' FROM n
            """);
        var samples = await new ChatScript("tail", ChatScript.Seed.Lines.Skip(3).ToList()).RunAsync(host.Service, user, agency, countAllocations: false);
        // The first answer is checked against every change since its question's screen, the history just written too.
        return (naming, samples.Skip(1).ToList());
    }

    private static async Task ExecuteAsync(BenchHost host, string sql)
    {
        await using var connection = await host.OpenRawAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
