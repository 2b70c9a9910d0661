namespace ReportBot.Storage;

/// <summary>The coordinator's overview and the listings: one query each, however many reports there are.</summary>
public sealed partial class StoreSession
{
    /// <summary>How many reports there are in each status.</summary>
    public async Task<Dictionary<string, int>> ReportCountsAsync(CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await QueryAsync("SELECT status, COUNT(*) FROM reports GROUP BY status", ct);
        while (await reader.ReadAsync(ct)) counts[reader.GetString(0)] = reader.GetInt32(1);
        return counts;
    }

    /// <summary>The open reports nobody has worked on for longest (never touched before all), listed by id.</summary>
    public Task<List<ReportRow>> StalledReportsAsync(int limit, CancellationToken ct) => ReportsAsync(
        """
        WHERE id IN (SELECT r.id FROM reports r WHERE r.status = 'open'
            ORDER BY (SELECT MAX(c.updated_at) FROM conversations c WHERE c.report_id = r.id) IS NOT NULL,
                (SELECT MAX(c.updated_at) FROM conversations c WHERE c.report_id = r.id), r.id
            LIMIT $limit)
        """, ct, ("$limit", limit));

    /// <summary>The saved answers of several reports at once.</summary>
    public async Task<Dictionary<long, Dictionary<string, string>>> AnswersOfAsync(IReadOnlyCollection<long> reportIds, CancellationToken ct)
    {
        var answers = reportIds.ToDictionary(id => id, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        await using var reader = await QueryAsync(
            "SELECT report_id, key, value FROM answers WHERE report_id IN (SELECT value FROM json_each($ids))", ct, ("$ids", Ids(reportIds)));
        while (await reader.ReadAsync(ct)) answers[reader.GetInt64(0)][reader.GetString(1)] = reader.GetString(2);
        return answers;
    }

    /// <summary>Where everyone on these reports stands, most recent first within each report.</summary>
    public async Task<ILookup<long, MemberPosition>> PositionsOfAsync(IReadOnlyCollection<long> reportIds, CancellationToken ct)
    {
        var positions = new List<(long ReportId, MemberPosition Position)>();
        await using var reader = await QueryAsync(
            """
            SELECT c.report_id, p.user_id, p.display_name, c.state, c.question_id, c.updated_at
            FROM conversations c JOIN people p ON p.user_id = c.user_id
            WHERE c.report_id IN (SELECT value FROM json_each($ids)) ORDER BY c.report_id, c.updated_at DESC
            """, ct, ("$ids", Ids(reportIds)));
        while (await reader.ReadAsync(ct))
            positions.Add((reader.GetInt64(0), new(reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), System.Globalization.CultureInfo.InvariantCulture))));
        return positions.ToLookup(p => p.ReportId, p => p.Position);
    }

    // A list of ids as one JSON parameter: one statement for any number of ids, nothing spliced into the SQL.
    private static string Ids(IEnumerable<long> ids) => System.Text.Json.JsonSerializer.Serialize(ids);
}
