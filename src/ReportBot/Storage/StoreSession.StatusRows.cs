using System.Globalization;
using ReportBot.Core.Deadlines;
using ReportBot.Core.Interviews;

namespace ReportBot.Storage;

/// <summary>A report as the overview sorts it: its deadline, whether anything was answered, and when anyone last worked on it.</summary>
public sealed record StatusRow(ReportRow Report, DateOnly Deadline, bool Started, DateTimeOffset? LastActivity);

/// <summary>The overview's listing of every report: one query, indexed lookups per report, however many there are.</summary>
public sealed partial class StoreSession
{
    public async Task<List<StatusRow>> StatusRowsAsync(CancellationToken ct)
    {
        var rows = new List<StatusRow>();
        await using var reader = await QueryAsync(
            """
            SELECT r.id, r.format_id, r.agency, r.year, r.status, r.deadline,
                EXISTS (SELECT 1 FROM answers a WHERE a.report_id = r.id),
                (SELECT MAX(c.updated_at) FROM conversations c WHERE c.report_id = r.id)
            FROM reports r ORDER BY r.id
            """, ct);
        while (await reader.ReadAsync(ct))
        {
            var report = new ReportRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), ReportStatusNames.Parse(reader.GetString(4)) ?? ReportStatus.Open);
            var deadline = reader.IsDBNull(5) ? ReportDeadlines.DefaultFor(report.Agency, report.Year) : DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows.Add(new(report, deadline, reader.GetInt64(6) == 1, reader.IsDBNull(7) ? null : ParseStamp(reader.GetString(7))));
        }
        return rows;
    }
}
