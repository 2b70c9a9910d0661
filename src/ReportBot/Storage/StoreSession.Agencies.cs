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

    /// <summary>A year's reports by this exact name or sharing its core (every near name does), in one indexed statement.</summary>
    public Task<List<ReportRow>> ReportsNamedLikeAsync(string agency, int year, CancellationToken ct) =>
        ReportsAsync("WHERE year = $year AND (agency = $agency OR agency_core = $core)", ct, ("$year", year), ("$agency", agency), ("$core", Core.Interviews.AgencyNames.Core(agency)));
}
