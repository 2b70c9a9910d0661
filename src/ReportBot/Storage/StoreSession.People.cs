
namespace ReportBot.Storage;

/// <summary>An invitation to one report: single use, expiring.</summary>
public sealed record Invite(string Code, long ReportId, DateTimeOffset ExpiresAt, long? UsedBy);

/// <summary>Where one person's conversation stands, for the coordinator's overview.</summary>
public sealed record MemberPosition(long UserId, string DisplayName, string State, string? QuestionId, DateTimeOffset UpdatedAt);

/// <summary>People, report membership and invitations.</summary>
public sealed partial class StoreSession
{
    public Task AddMemberAsync(long reportId, long userId, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        "INSERT INTO report_members (report_id, user_id, added_at) VALUES ($report, $user, $now) ON CONFLICT DO NOTHING",
        ct, ("$report", reportId), ("$user", userId), ("$now", Stamp(now)));

    public async Task<bool> IsMemberAsync(long reportId, long userId, CancellationToken ct) =>
        await ScalarAsync("SELECT 1 FROM report_members WHERE report_id = $report AND user_id = $user", ct, ("$report", reportId), ("$user", userId)) is not null;

    /// <summary>
    /// How many reports a person may open (a coordinator, given no member id: every one; staff: theirs), and the
    /// most recently worked on of them, at most <paramref name="count"/>, in id order: a list that fits a phone
    /// however many reports the store holds.
    /// </summary>
    public async Task<(long Total, List<ReportRow> Recent)> RecentReportsAsync(long? memberId, int count, CancellationToken ct)
    {
        // A fixed SQL fragment of this class, never text from a user.
        var whose = memberId is null ? "" : "WHERE id IN (SELECT report_id FROM report_members WHERE user_id = $user)";
        var total = (long)(await ScalarAsync($"SELECT count(*) FROM reports {whose}", ct, ("$user", memberId)))!;
        var recent = new List<ReportRow>();
        await using var reader = await QueryAsync(
            $"""
            SELECT {ReportColumns} FROM
                (SELECT * FROM reports {whose} ORDER BY coalesce(last_activity, created_at) DESC, id DESC LIMIT $count)
            ORDER BY id
            """, ct, ("$user", memberId), ("$count", count));
        while (await reader.ReadAsync(ct)) recent.Add(ReportRowAt(reader));
        return (total, recent);
    }

    /// <summary>Coordinators no longer in the configuration become staff (local and import users, ids ≤ 0, are kept).</summary>
    public async Task<int> DemoteCoordinatorsExceptAsync(IReadOnlyList<long> coordinators, CancellationToken ct)
    {
        var names = coordinators.Select((_, i) => $"$c{i}").ToList();
        var keep = names.Count == 0 ? "" : $" AND user_id NOT IN ({string.Join(", ", names)})";
        // Only generated parameter names are spliced in; every id is a parameter.
        await using var command = Command($"UPDATE people SET role = 'staff' WHERE role = 'coordinator' AND user_id > 0{keep}",
            [.. names.Zip(coordinators, (n, id) => (n, (object?)id))]);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<List<long>> CoordinatorIdsAsync(CancellationToken ct)
    {
        var ids = new List<long>();
        await using var reader = await QueryAsync("SELECT user_id FROM people WHERE role = 'coordinator' AND user_id > 0 ORDER BY user_id", ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>Everyone whose conversation is on a report, and where they stand in it.</summary>
    public async Task<List<MemberPosition>> PositionsAsync(long reportId, CancellationToken ct)
    {
        var positions = new List<MemberPosition>();
        await using var reader = await QueryAsync(
            """
            SELECT p.user_id, p.display_name, c.state, c.question_id, c.updated_at
            FROM conversations c JOIN people p ON p.user_id = c.user_id
            WHERE c.report_id = $report ORDER BY c.updated_at DESC
            """, ct, ("$report", reportId));
        while (await reader.ReadAsync(ct))
            positions.Add(new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture)));
        return positions;
    }

    public Task CreateInviteAsync(Invite invite, long createdBy, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        "INSERT INTO invites (code, report_id, created_by, created_at, expires_at) VALUES ($code, $report, $by, $now, $expires)",
        ct, ("$code", invite.Code), ("$report", invite.ReportId), ("$by", createdBy), ("$now", Stamp(now)), ("$expires", Stamp(invite.ExpiresAt)));

    public async Task<Invite?> FindInviteAsync(string code, CancellationToken ct)
    {
        await using var reader = await QueryAsync("SELECT code, report_id, expires_at, used_by FROM invites WHERE code = $code", ct, ("$code", code));
        if (!await reader.ReadAsync(ct)) return null;
        return new Invite(reader.GetString(0), reader.GetInt64(1), DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture), reader.IsDBNull(3) ? null : reader.GetInt64(3));
    }

    /// <summary>Marks the invite used; false if someone used it first (single use holds under concurrency).</summary>
    public async Task<bool> UseInviteAsync(string code, long userId, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = Command("UPDATE invites SET used_by = $user, used_at = $now WHERE code = $code AND used_by IS NULL",
            [("$user", userId), ("$now", Stamp(now)), ("$code", code)]);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }
}
