using Microsoft.Data.Sqlite;

namespace ReportBot.Benchmarks;

/// <summary>
/// Many reports in little time: copies of report 1 (answers, a staff member and their conversation each), made
/// with the benchmark's own SQL before anything is measured. Every fourth copy is still open with table 四 unanswered.
/// </summary>
internal static class ReportClones
{
    public const long StaffBase = 1_000_000;

    public static async Task CloneAsync(BenchHost host, int total, long conversationOf)
    {
        await using var connection = await host.OpenRawAsync();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = new SqliteCommand(
            """
            WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < $total)
            INSERT INTO reports (id, format_id, agency, year, status, created_by, created_at, submitted_at, agency_core, deadline, started_at, last_activity)
            SELECT i, format_id, agency || '第' || i || '号', year, CASE WHEN i % 4 = 0 THEN 'open' ELSE status END, created_by, created_at, submitted_at,
                agency_core || '第' || i || '号', deadline, started_at, last_activity
            FROM n CROSS JOIN reports WHERE reports.id = 1;
            INSERT INTO answers (report_id, key, value, updated_by, updated_at)
            SELECT r.id, a.key, a.value, a.updated_by, a.updated_at FROM reports r JOIN answers a ON a.report_id = 1
            WHERE r.id > 1 AND NOT (r.id % 4 = 0 AND a.key LIKE 't4.%');
            INSERT INTO people (user_id, display_name, role, created_at) SELECT $staff + id, '员工' || id, 'staff', created_at FROM reports WHERE id > 1;
            INSERT INTO report_members (report_id, user_id, added_at) SELECT id, $staff + id, created_at FROM reports WHERE id > 1;
            INSERT INTO conversations (user_id, chat_id, state, report_id, question_id, resume_id, draft, pending_agency, version, updated_at, explaining, last_year_step)
            SELECT $staff + r.id, $staff + r.id, c.state, r.id, c.question_id, c.resume_id, c.draft, c.pending_agency, c.version, c.updated_at, c.explaining, c.last_year_step
            FROM reports r JOIN conversations c ON c.user_id = $user WHERE r.id > 1;
            """, connection, tx);
        command.Parameters.AddWithValue("$total", total);
        command.Parameters.AddWithValue("$staff", StaffBase);
        command.Parameters.AddWithValue("$user", conversationOf);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
        await tx.CommitAsync();
    }
}
