namespace ReportBot.Storage;

/// <summary>The 机关 the store knows, for matching a new report's name and pairing last year's (branch chat).</summary>
public sealed partial class StoreSession
{
    public async Task<List<string>> AgenciesAsync(CancellationToken ct)
    {
        var names = new List<string>();
        await using var reader = await QueryAsync("SELECT DISTINCT agency FROM reports ORDER BY agency", ct);
        while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>
    /// A year's reports by this exact name or sharing its core (every near name does), in one statement of two index
    /// seeks. Written as one WHERE with an OR, SQLite reads every report of the year instead, on every message.
    /// </summary>
    public async Task<List<ReportRow>> ReportsNamedLikeAsync(string agency, int year, CancellationToken ct)
    {
        var rows = new List<ReportRow>();
        await using var reader = await QueryAsync(
            """
            SELECT id, format_id, agency, year, status FROM reports WHERE agency = $agency AND year = $year
            UNION
            SELECT id, format_id, agency, year, status FROM reports WHERE year = $year AND agency_core = $core
            ORDER BY id
            """, ct, ("$year", year), ("$agency", agency), ("$core", Core.Interviews.AgencyNames.Core(agency)));
        while (await reader.ReadAsync(ct)) rows.Add(ReportRowAt(reader));
        return rows;
    }
}
