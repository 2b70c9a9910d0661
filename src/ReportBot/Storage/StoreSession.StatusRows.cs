using System.Text.Json;
using ReportBot.Core.Interviews;

namespace ReportBot.Storage;

/// <summary>Why a report is on the coordinator's list.</summary>
[Flags]
public enum Attention { None = 0, NotStarted = 1, Stuck = 2, Overdue = 4, Status = 8, Errors = 16 }

/// <summary>
/// When a report needs attention: not <paramref name="Finished"/>, and not started, or nobody worked on it since
/// <paramref name="StuckBefore"/>, or past its deadline on <paramref name="Today"/> (a China date), or in a status
/// <paramref name="CallingForCoordinator"/> (e.g. returned to its writers). Which statuses are which is the desk's
/// (Conversations.ReportStates).
/// </summary>
public sealed record AttentionRules(IReadOnlyList<ReportStatus> Finished, IReadOnlyList<ReportStatus> CallingForCoordinator, DateOnly Today, DateTimeOffset StuckBefore);

/// <summary>Which reports a listing holds: a year, statuses (none = any), and reasons (any of them; none = any report).</summary>
public sealed record StatusFilter(int? Year, IReadOnlyList<ReportStatus> Statuses, Attention AnyOf)
{
    /// <summary>Whether the filter holds the reports counted in <paramref name="c"/> (as the listing's SQL selects them).</summary>
    public bool Holds(StatusCount c) =>
        (Year is null || Year == c.Year) && (Statuses.Count == 0 || Statuses.Contains(c.Status)) && (AnyOf == Attention.None || (c.Reasons & AnyOf) != Attention.None);
}

/// <summary>A report as the overview lists it: its deadline, and why it is listed.</summary>
public sealed record StatusRow(ReportRow Report, DateOnly Deadline, Attention Reasons);

/// <summary>How many reports of a year and status need attention for the same reasons.</summary>
public sealed record StatusCount(ReportStatus Status, int Year, Attention Reasons, int Count);

/// <summary>
/// The overview over every report, counted and paged in SQL: each report row keeps its deadline, when it was first
/// answered and when last worked on, so neither query looks anything up per report, and only a page of rows is read.
/// </summary>
public sealed partial class StoreSession
{
    // Why each report needs attention, as Attention's bits; a finished report never does. The two times are
    // selected for the page's order.
    private const string FlaggedSql =
        """
        SELECT id, format_id, agency, year, status, deadline, started_at, last_activity,
            CASE WHEN status IN (SELECT value FROM json_each($finished)) THEN 0 ELSE
                (started_at IS NULL) * $notStarted | (last_activity IS NULL OR last_activity < $stuckBefore) * $stuck
                | (deadline < $today) * $overdue | (status IN (SELECT value FROM json_each($calling))) * $status END AS reasons
        FROM reports
        """;

    /// <summary>Every report counted by year, status and reasons: one scan of the reports, a few dozen rows back.</summary>
    public async Task<List<StatusCount>> StatusCountsAsync(AttentionRules rules, CancellationToken ct)
    {
        var counts = new List<StatusCount>();
        await using var reader = await QueryAsync($"SELECT status, year, reasons, COUNT(*) FROM ({FlaggedSql}) GROUP BY status, year, reasons", ct, RuleArgs(rules));
        while (await reader.ReadAsync(ct))
            counts.Add(new(ReportStatusNames.Parse(reader.GetString(0)) ?? ReportStatus.Open, reader.GetInt32(1), (Attention)reader.GetInt32(2), reader.GetInt32(3)));
        return counts;
    }

    /// <summary>
    /// The reports the filter holds, <paramref name="count"/> of them from <paramref name="skip"/> (a negative count: all).
    /// By id, or <paramref name="byAttention"/>: those in a status calling for the coordinator first, then the overdue,
    /// then those nobody worked on for the longest.
    /// </summary>
    public async Task<List<StatusRow>> StatusRowsAsync(AttentionRules rules, StatusFilter filter, bool byAttention, int skip, int count, CancellationToken ct)
    {
        var order = byAttention ? $"(reasons & {(int)Attention.Status}) DESC, (reasons & {(int)Attention.Overdue}) DESC, last_activity IS NOT NULL, last_activity, id" : "id";
        string[] statuses = [.. filter.Statuses.Select(s => s.Name())];
        var rows = new List<StatusRow>();
        await using var reader = await QueryAsync(
            $"""
            SELECT * FROM ({FlaggedSql})
            WHERE ($year IS NULL OR year = $year) AND ($anyStatus OR status IN (SELECT value FROM json_each($statuses))) AND ($anyOf = 0 OR reasons & $anyOf <> 0)
            ORDER BY {order} LIMIT $count OFFSET $skip
            """, ct,
            [.. RuleArgs(rules), ("$year", filter.Year), ("$anyStatus", statuses.Length == 0), ("$statuses", JsonSerializer.Serialize(statuses)),
             ("$anyOf", (int)filter.AnyOf), ("$count", count), ("$skip", skip)]);
        while (await reader.ReadAsync(ct))
        {
            var report = new ReportRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), ReportStatusNames.Parse(reader.GetString(4)) ?? ReportStatus.Open);
            rows.Add(new(report, ParseDay(reader.GetString(5)), (Attention)reader.GetInt32(8)));
        }
        return rows;
    }

    private static (string, object?)[] RuleArgs(AttentionRules rules) =>
    [
        ("$finished", JsonSerializer.Serialize(rules.Finished.Select(s => s.Name()))), ("$calling", JsonSerializer.Serialize(rules.CallingForCoordinator.Select(s => s.Name()))),
        ("$today", DayText(rules.Today)), ("$stuckBefore", Stamp(rules.StuckBefore)),
        ("$notStarted", (int)Attention.NotStarted), ("$stuck", (int)Attention.Stuck), ("$overdue", (int)Attention.Overdue), ("$status", (int)Attention.Status),
    ];
}
