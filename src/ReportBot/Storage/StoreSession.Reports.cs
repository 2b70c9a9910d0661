using Microsoft.Data.Sqlite;
using ReportBot.Core.Interviews;

namespace ReportBot.Storage;

/// <summary>A report as listed: who made it, how far it is.</summary>
public sealed record ReportRow(long Id, string FormatId, string Agency, int Year, ReportStatus Status)
{
    public ReportInfo Info => new(Id, Agency, Year, Status);
}

/// <summary>Reports: made, found, listed, and their status.</summary>
public sealed partial class StoreSession
{
    public async Task<ReportRow?> FindReportAsync(long id, CancellationToken ct) =>
        (await ReportsAsync("WHERE id = $id", ct, ("$id", id))).FirstOrDefault();

    public async Task<ReportRow?> FindReportAsync(string agency, int year, CancellationToken ct) =>
        (await ReportsAsync("WHERE agency = $agency AND year = $year", ct, ("$agency", agency), ("$year", year))).FirstOrDefault();

    public Task<List<ReportRow>> AllReportsAsync(CancellationToken ct) => ReportsAsync("", ct);

    public async Task<ReportRow> CreateReportAsync(string formatId, string agency, int year, long userId, DateTimeOffset now, CancellationToken ct)
    {
        var id = (long)(await ScalarAsync(
            """
            INSERT INTO reports (format_id, agency, year, created_by, created_at, agency_core, deadline) VALUES ($format, $agency, $year, $user, $now, $core, $deadline)
            RETURNING id
            """, ct, ("$format", formatId), ("$agency", agency), ("$year", year), ("$user", userId), ("$now", Stamp(now)), ("$core", Core.Interviews.AgencyNames.Core(agency)),
            ("$deadline", DayText(Core.Deadlines.ReportDeadlines.DefaultFor(agency, year)))))!;
        return new ReportRow(id, formatId, agency, year, ReportStatus.Open);
    }

    public Task SetStatusAsync(long reportId, ReportStatus status, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        "UPDATE reports SET status = $status, submitted_at = $at WHERE id = $id",
        ct, ("$status", status.Name()), ("$at", status == ReportStatus.Submitted ? Stamp(now) : null), ("$id", reportId));

    private async Task<List<ReportRow>> ReportsAsync(string where, CancellationToken ct, params (string, object?)[] args)
    {
        var rows = new List<ReportRow>();
        await using var reader = await QueryAsync($"SELECT {ReportColumns} FROM reports {where} ORDER BY id", ct, args);
        while (await reader.ReadAsync(ct)) rows.Add(ReportRowAt(reader));
        return rows;
    }

    // What every query of report rows selects, in the order ReportRowAt reads it.
    private const string ReportColumns = "id, format_id, agency, year, status";

    // The same columns of a report joined as r, read from the column after the other table's.
    private static readonly string JoinedReportColumns = string.Join(", ", ReportColumns.Split(", ").Select(c => $"r.{c}"));

    // Built once, after the columns it joins (static fields of one file start in order): the same text on every message.
    private static readonly string ConversationWithReportSql =
        $"SELECT {ConversationColumnList}, {JoinedReportColumns} FROM conversations c LEFT JOIN reports r ON r.id = c.report_id WHERE c.user_id = $id";

    private static ReportRow ReportRowAt(SqliteDataReader reader, int first = 0) =>
        new(reader.GetInt64(first), reader.GetString(first + 1), reader.GetString(first + 2), reader.GetInt32(first + 3),
            ReportStatusNames.Parse(reader.GetString(first + 4)) ?? ReportStatus.Open);
}
