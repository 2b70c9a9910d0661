using System.Text.Json;

namespace ReportBot.Storage;

/// <summary>The 机关 the store knows, for matching a new report's name and pairing last year's (branch chat).</summary>
public sealed partial class StoreSession
{
    /// <summary>
    /// The 机关 the store knows that may be the one these names mean: the same or a near name (AgencyNames.Near) always
    /// has the same core, so one indexed lookup finds them, however many reports the store holds. Sorted by name.
    /// </summary>
    public async Task<List<string>> AgenciesNearAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var cores = names.Select(Core.Interviews.AgencyNames.Core).Distinct(StringComparer.Ordinal).ToList();
        var agencies = new List<string>();
        if (cores.Count == 0) return agencies;
        await using var reader = await QueryAsync(
            "SELECT DISTINCT agency FROM reports WHERE agency_core IN (SELECT value FROM json_each($cores)) ORDER BY agency",
            ct, ("$cores", JsonSerializer.Serialize(cores, StoredJson.Options)));
        while (await reader.ReadAsync(ct)) agencies.Add(reader.GetString(0));
        return agencies;
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
