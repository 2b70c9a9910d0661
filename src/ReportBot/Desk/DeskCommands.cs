using System.Globalization;
using ReportBot.Core.Deadlines;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Desk;

/// <summary>The coordinator's desk in chat: <c>/deadline</c>, <c>/consolidate</c> and <c>/export</c> (coordinators only, checked by the router).</summary>
public sealed class DeskCommands(ReportFormats formats, ConsolidatedReports consolidated, ReportArchive archive)
{
    /// <summary><c>/deadline [编号] 日期</c>: without an id, the coordinator's current report.</summary>
    public async Task<Reply> DeadlineAsync(StoreSession session, long? currentReport, IReadOnlyList<string> args, DateTimeOffset now, CancellationToken ct)
    {
        var (idText, dateText) = args switch
        {
            [var date] => (null, date),
            [var id, var date] => (id, date),
            _ => (null, (string?)null),
        };
        long? reportId = idText is null ? currentReport : long.TryParse(idText.TrimStart('#'), CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        if (dateText is null || !ReportDeadlines.TryParse(dateText, out var deadline) || reportId is null) return new Reply(DeskTexts.DeadlineUsage);
        if (await session.FindReportAsync(reportId.Value, ct) is not { } report) return new Reply(DeskTexts.NoSuchReport(reportId.Value));
        await session.SetDeadlineAsync(report.Id, deadline, ct);
        var title = formats.For(report).Format.TitleFor(report.Agency, report.Year);
        return new Reply(DeskTexts.DeadlineSet(title, ReportDeadlines.Describe(deadline, ChinaTime.Today(now))));
    }

    /// <summary><c>/consolidate 1 2 名称</c>: the ids of the units, then the consolidated report's 机关名称.</summary>
    public async Task<Reply> ConsolidateAsync(StoreSession session, Person person, IReadOnlyList<string> args, DateTimeOffset now, CancellationToken ct)
    {
        var ids = args.TakeWhile(a => long.TryParse(a.TrimStart('#'), CultureInfo.InvariantCulture, out _)).Select(a => long.Parse(a.TrimStart('#'), CultureInfo.InvariantCulture)).ToList();
        var agency = string.Join("", args.Skip(ids.Count));
        var (made, refusal) = await consolidated.MakeAsync(session, ids, agency, person.UserId, now, ct);
        if (made is null) return new Reply(refusal!);
        var title = formats.For(made.Report).Format.TitleFor(made.Report.Agency, made.Report.Year);
        return new Reply(DeskTexts.Consolidated(title, ids.Distinct().Count(), made.Sum.Incomplete.Count) + $"\n发送 /open {made.Report.Id} 打开。", [], made.Draft);
    }

    /// <summary><c>/export</c>: every report's .docx and the CSV summary, as one .zip.</summary>
    public async Task<Reply> ExportAsync(StoreSession session, DateTimeOffset now, CancellationToken ct)
    {
        using var zip = new MemoryStream();
        var count = await archive.WriteAsync(session, zip, ct);
        return count == 0 ? new Reply(DeskTexts.NothingToExport) : new Reply(DeskTexts.Exported(count), [], new ReplyDocument(ReportArchive.FileName(now), zip.ToArray()));
    }
}
