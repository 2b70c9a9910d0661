using ReportBot.Core.Interviews;

namespace ReportBot.Storage;

/// <summary>A report not yet finished, with the date it is due (China date).</summary>
public sealed record DueReport(ReportRow Report, DateOnly Deadline);

/// <summary>A member of a report, as reminders address them.</summary>
public sealed record ReportMember(long ReportId, long UserId, string DisplayName, bool IsCoordinator);

/// <summary>Deadlines, the reminders already sent, and the units of consolidated reports.</summary>
public sealed partial class StoreSession
{
    public Task SetDeadlineAsync(long reportId, DateOnly deadline, CancellationToken ct) => ExecuteAsync(
        "UPDATE reports SET deadline = $deadline WHERE id = $id", ct, ("$id", reportId), ("$deadline", DayText(deadline)));

    /// <summary>Each report's deadline: the one set, or the default of its kind (stored when the report was made).</summary>
    public async Task<Dictionary<long, DateOnly>> DeadlinesOfAsync(IReadOnlyCollection<ReportRow> reports, CancellationToken ct)
    {
        var deadlines = new Dictionary<long, DateOnly>();
        await using var reader = await QueryAsync("SELECT id, deadline FROM reports WHERE id IN (SELECT value FROM json_each($ids))", ct, ("$ids", Ids(reports.Select(r => r.Id))));
        while (await reader.ReadAsync(ct)) deadlines[reader.GetInt64(0)] = ParseDay(reader.GetString(1));
        return deadlines;
    }

    /// <summary>Every report whose status is not one of <paramref name="finished"/>, with its deadline: one query.</summary>
    public async Task<List<DueReport>> UnfinishedReportsAsync(IEnumerable<ReportStatus> finished, CancellationToken ct)
    {
        var rows = new List<DueReport>();
        await using var reader = await QueryAsync(
            "SELECT id, format_id, agency, year, status, deadline FROM reports WHERE status NOT IN (SELECT value FROM json_each($finished)) ORDER BY id",
            ct, ("$finished", System.Text.Json.JsonSerializer.Serialize(finished.Select(s => s.Name()))));
        while (await reader.ReadAsync(ct))
            rows.Add(new(new ReportRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), ReportStatusNames.Parse(reader.GetString(4)) ?? ReportStatus.Open),
                ParseDay(reader.GetString(5))));
        return rows;
    }

    /// <summary>The members of these reports (those invited, and the coordinator who made each).</summary>
    public async Task<List<ReportMember>> MembersOfAsync(IReadOnlyCollection<long> reportIds, CancellationToken ct)
    {
        var members = new List<ReportMember>();
        await using var reader = await QueryAsync(
            """
            SELECT m.report_id, p.user_id, p.display_name, p.role FROM report_members m JOIN people p ON p.user_id = m.user_id
            WHERE m.report_id IN (SELECT value FROM json_each($ids)) ORDER BY m.report_id, m.added_at, p.user_id
            """, ct, ("$ids", Ids(reportIds)));
        while (await reader.ReadAsync(ct)) members.Add(new(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3) == Roles.Coordinator));
        return members;
    }

    /// <summary>
    /// Records that a reminder goes out; false when it went out before (also before a restart). Written in the
    /// transaction of its outbox row, so a reminder is recorded exactly when it is queued.
    /// </summary>
    public async Task<bool> RecordReminderAsync(long reportId, long userId, string kind, int days, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = Command(
            "INSERT INTO reminders_sent (report_id, user_id, kind, days, sent_at) VALUES ($report, $user, $kind, $days, $now) ON CONFLICT DO NOTHING",
            [("$report", reportId), ("$user", userId), ("$kind", kind), ("$days", days), ("$now", Stamp(now))]);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public Task AddConsolidationUnitsAsync(long reportId, IEnumerable<long> unitIds, CancellationToken ct) => ExecuteAsync(
        "INSERT INTO consolidation_units (report_id, unit_report_id) SELECT $report, value FROM json_each($units) WHERE true ON CONFLICT DO NOTHING",
        ct, ("$report", reportId), ("$units", Ids(unitIds)));
}
