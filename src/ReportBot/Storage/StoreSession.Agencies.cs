namespace ReportBot.Storage;

/// <summary>The 机关 the store knows, for matching a new report's name and pairing last year's (branch chat).</summary>
public sealed partial class StoreSession
{
    /// <summary>
    /// The 机关 the store knows that may be the one this name means: the same or a near name (AgencyNames.Near) always
    /// has the same core, so one indexed lookup finds them, however many reports the store holds. Sorted by name.
    /// </summary>
    public async Task<List<string>> AgenciesNearAsync(string name, CancellationToken ct)
    {
        var agencies = new List<string>();
        await using var reader = await QueryAsync(
            "SELECT DISTINCT agency FROM reports WHERE agency_core = $core ORDER BY agency", ct, ("$core", Core.Interviews.AgencyNames.Core(name)));
        while (await reader.ReadAsync(ct)) agencies.Add(reader.GetString(0));
        return agencies;
    }

    /// <summary>
    /// A year's reports by this exact name or sharing its core (every near name does), in one statement of two index
    /// seeks, whatever indexes the planner would weigh an OR with (by year first, it read every report of the year).
    /// </summary>
    public async Task<List<ReportRow>> ReportsNamedLikeAsync(string agency, int year, CancellationToken ct)
    {
        var rows = new List<ReportRow>();
        await using var reader = await QueryAsync(
            $"""
            SELECT {ReportColumns} FROM reports WHERE agency = $agency AND year = $year
            UNION
            SELECT {ReportColumns} FROM reports WHERE year = $year AND agency_core = $core
            ORDER BY id
            """, ct, ("$year", year), ("$agency", agency), ("$core", Core.Interviews.AgencyNames.Core(agency)));
        while (await reader.ReadAsync(ct)) rows.Add(ReportRowAt(reader));
        return rows;
    }
}
