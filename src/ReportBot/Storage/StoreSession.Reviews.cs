using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReportBot.Storage;

/// <summary>A unit of a report (a section id like <c>s3</c>, or a table id like <c>t3</c>) and who fills it.</summary>
public sealed record SectionAssignment(long ReportId, string Unit, long UserId, string DisplayName);

/// <summary>A coordinator's comment on an item or a section of a report; resolved when the report is resubmitted.</summary>
public sealed record ReviewComment(long Id, string Target, string Author, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt);

/// <summary>One change of one answer, as history shows it: who, when, old → new.</summary>
public sealed record AnswerEdit(long Id, string Key, string? OldValue, string? NewValue, long ChangedBy, string ChangedByName, DateTimeOffset ChangedAt);

/// <summary>Co-filling and review: assignments, comments, the history shown, and what each person last saw.</summary>
public sealed partial class StoreSession
{
    /// <summary>Assigns <paramref name="unit"/> to a person; a unit has one owner, so a reassignment replaces the last.</summary>
    public Task AssignAsync(long reportId, string unit, long userId, long by, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        """
        INSERT INTO section_assignments (report_id, unit, user_id, assigned_by, assigned_at) VALUES ($report, $unit, $user, $by, $now)
        ON CONFLICT (report_id, unit) DO UPDATE SET user_id = excluded.user_id, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at
        """, ct, ("$report", reportId), ("$unit", unit), ("$user", userId), ("$by", by), ("$now", Stamp(now)));

    /// <summary>Whether any part of the report was given to someone or any comment was made on it: one statement, run on every message.</summary>
    public async Task<bool> DividedOrCommentedAsync(long reportId, CancellationToken ct) =>
        (long)(await ScalarAsync(
            """
            SELECT EXISTS (SELECT 1 FROM section_assignments WHERE report_id = $report)
                OR EXISTS (SELECT 1 FROM review_comments WHERE report_id = $report)
            """, ct, ("$report", reportId)))! != 0;

    /// <summary>The assignments of one report, or of the reports <paramref name="memberId"/> is a member of, in one query.</summary>
    public async Task<List<SectionAssignment>> AssignmentsAsync(long? reportId, long? memberId, CancellationToken ct)
    {
        var rows = new List<SectionAssignment>();
        await using var reader = await QueryAsync(
            """
            SELECT a.report_id, a.unit, a.user_id, p.display_name FROM section_assignments a JOIN people p ON p.user_id = a.user_id
            WHERE ($report IS NULL OR a.report_id = $report)
              AND ($member IS NULL OR a.report_id IN (SELECT report_id FROM report_members WHERE user_id = $member))
            ORDER BY a.report_id, a.unit
            """, ct, ("$report", reportId), ("$member", memberId));
        while (await reader.ReadAsync(ct)) rows.Add(new(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3)));
        return rows;
    }

    /// <summary>The people invited to a report (staff and coordinators who joined it), by name.</summary>
    public async Task<List<Person>> MembersAsync(long reportId, CancellationToken ct)
    {
        var people = new List<Person>();
        await using var reader = await QueryAsync(
            """
            SELECT p.user_id, p.display_name, p.role FROM report_members m JOIN people p ON p.user_id = m.user_id
            WHERE m.report_id = $report ORDER BY m.added_at, p.user_id
            """, ct, ("$report", reportId));
        while (await reader.ReadAsync(ct)) people.Add(new Person(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return people;
    }

    public Task AddCommentAsync(long reportId, string target, long author, string body, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        "INSERT INTO review_comments (report_id, target, author, body, created_at) VALUES ($report, $target, $author, $body, $now)",
        ct, ("$report", reportId), ("$target", target), ("$author", author), ("$body", body), ("$now", Stamp(now)));

    /// <summary>The whole thread of a report, oldest first: open comments and those resolved by a resubmission.</summary>
    public async Task<List<ReviewComment>> CommentsAsync(long reportId, CancellationToken ct)
    {
        var comments = new List<ReviewComment>();
        await using var reader = await QueryAsync(
            """
            SELECT c.id, c.target, p.display_name, c.body, c.created_at, c.resolved_at FROM review_comments c JOIN people p ON p.user_id = c.author
            WHERE c.report_id = $report ORDER BY c.id
            """, ct, ("$report", reportId));
        while (await reader.ReadAsync(ct))
            comments.Add(new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Parse(reader.GetString(4)), reader.IsDBNull(5) ? null : Parse(reader.GetString(5))));
        return comments;
    }

    /// <summary>A resubmission answers every open comment; they stay in the thread.</summary>
    public Task ResolveCommentsAsync(long reportId, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        "UPDATE review_comments SET resolved_at = $now WHERE report_id = $report AND resolved_at IS NULL", ct, ("$report", reportId), ("$now", Stamp(now)));

    /// <summary>
    /// Changes of a report's answers, newest first, with who made them; only <paramref name="keys"/> when given. Read
    /// as the caller goes: a caller that stops after the last few reads no more of a long history.
    /// </summary>
    public async IAsyncEnumerable<AnswerEdit> EditsNewestFirstAsync(long reportId, IReadOnlyCollection<string>? keys, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var reader = await QueryAsync(
            $"""
            SELECT {EditColumns}
            FROM answer_history h LEFT JOIN people p ON p.user_id = h.changed_by
            WHERE h.report_id = $report AND ($keys IS NULL OR h.key IN (SELECT value FROM json_each($keys)))
            ORDER BY h.id DESC
            """, ct, ("$report", reportId), ("$keys", keys is null ? null : System.Text.Json.JsonSerializer.Serialize(keys)));
        while (await reader.ReadAsync(ct)) yield return EditAt(reader);
    }

    /// <summary>
    /// Other people's changes to <paramref name="keys"/> since the version the person's last screen showed, in one
    /// statement; none before their first screen (no version: the comparison with NULL holds for no row).
    /// </summary>
    public async Task<List<AnswerEdit>> OthersEditsSinceSeenAsync(long userId, long reportId, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var edits = new List<AnswerEdit>();
        await using var reader = await QueryAsync(
            $"""
            SELECT {EditColumns}
            FROM answer_history h LEFT JOIN people p ON p.user_id = h.changed_by
            WHERE h.report_id = $report AND h.id > (SELECT seen_id FROM answer_watermarks WHERE user_id = $user AND report_id = $report)
                AND h.changed_by <> $user AND h.key IN (SELECT value FROM json_each($keys))
            ORDER BY h.id
            """, ct, ("$report", reportId), ("$user", userId), ("$keys", System.Text.Json.JsonSerializer.Serialize(keys)));
        while (await reader.ReadAsync(ct)) edits.Add(EditAt(reader));
        return edits;
    }

    private const string EditColumns = "h.id, h.key, h.old_value, h.new_value, h.changed_by, coalesce(p.display_name, ''), h.changed_at";

    private static AnswerEdit EditAt(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetInt64(4), reader.GetString(5), Parse(reader.GetString(6)));

    /// <summary>
    /// The person's screen now shows the report as of its newest history row (everything changed so far), in one
    /// statement: it runs on every message. With <paramref name="keepSeen"/> a version already kept stays (a text
    /// being composed answers the screen its question was shown on); a first one is still set.
    /// </summary>
    public Task SeeLatestAsync(long userId, long reportId, bool keepSeen, CancellationToken ct) => ExecuteAsync(
        """
        INSERT INTO answer_watermarks (user_id, report_id, seen_id)
        SELECT $user, $report, coalesce(max(id), 0) FROM answer_history WHERE report_id = $report
        ON CONFLICT (user_id, report_id) DO UPDATE SET seen_id = excluded.seen_id WHERE NOT $keep
        """, ct, ("$user", userId), ("$report", reportId), ("$keep", keepSeen));

    /// <summary>Who last set each answer of a report, and when: who filled what.</summary>
    public async Task<Dictionary<string, (string Name, DateTimeOffset At)>> AnswerAuthorsAsync(long reportId, CancellationToken ct)
    {
        var authors = new Dictionary<string, (string, DateTimeOffset)>(StringComparer.Ordinal);
        await using var reader = await QueryAsync(
            """
            SELECT a.key, coalesce(p.display_name, ''), a.updated_at FROM answers a LEFT JOIN people p ON p.user_id = a.updated_by
            WHERE a.report_id = $report
            """, ct, ("$report", reportId));
        while (await reader.ReadAsync(ct)) authors[reader.GetString(0)] = (reader.GetString(1), Parse(reader.GetString(2)));
        return authors;
    }

    private static DateTimeOffset Parse(string stamp) => DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture);
}
