using System.Globalization;
using System.IO.Compression;
using System.Text;
using ReportBot.Conversations;
using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Core.Rules;
using ReportBot.Documents;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Desk;

/// <summary>
/// Every report at once: a .zip of each report's .docx (finished once finished, otherwise the draft) and
/// <c>汇总.csv</c>, one row per report (id, 机关, 年度, status, deadline, questions done, errors, open warnings).
/// </summary>
public sealed class ReportArchive(ReportFormats formats, ReportDocuments documents)
{
    public const string SummaryName = "汇总.csv";

    public async Task<int> WriteAsync(StoreSession session, Stream zip, CancellationToken ct)
    {
        var reports = await session.AllReportsAsync(ct);
        var answers = await session.AnswersOfAsync(reports.Select(r => r.Id).ToList(), ct);
        var deadlines = await session.DeadlinesOfAsync(reports, ct);
        var csv = new StringBuilder("编号,机关名称,年度,状态,截止日期,已完成,题数,错误,未说明的提醒\n");
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var report in reports)
            {
                var saved = new AnswerSet(answers[report.Id]);
                var lastYear = await LastYearLoader.LoadAsync(session, report, saved, ct);
                var finished = ReportStates.IsFinished(report.Status);
                var file = documents.Docx(report.FormatId, report.Info, saved, draft: !finished, lastYear);
                // Two reports may share a title only across formats; the id keeps every entry's name unique.
                var entry = archive.CreateEntry($"{report.Id:D4}-{file.FileName}", CompressionLevel.Fastest);
                await using (var stream = await entry.OpenAsync(ct)) await stream.WriteAsync(file.Content, ct);
                var context = formats.For(report);
                var findings = context.Rules.Evaluate(RuleInput.From(context.Format, saved, lastYear)).Where(f => !f.Unfilled && !f.Derived).ToList();
                var open = findings.Where(f => Acknowledgements.Reason(saved, f) is null).ToList();
                var done = context.Plan.Questions.Count(q => q.Keys.All(saved.Has));
                csv.AppendLine(string.Join(',', [
                    report.Id.ToString(CultureInfo.InvariantCulture), Csv(report.Agency), report.Year.ToString(CultureInfo.InvariantCulture),
                    ConversationTexts.StatusName(report.Status), deadlines[report.Id].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    done.ToString(CultureInfo.InvariantCulture), context.Plan.Questions.Count.ToString(CultureInfo.InvariantCulture),
                    open.Count(f => f.Severity == Core.Formats.Severities.Error).ToString(CultureInfo.InvariantCulture),
                    open.Count(f => f.Severity == Core.Formats.Severities.Warning).ToString(CultureInfo.InvariantCulture)]));
            }
            // A BOM, so Excel opens the Chinese as UTF-8.
            var summary = archive.CreateEntry(SummaryName, CompressionLevel.Fastest);
            await using var writer = new StreamWriter(await summary.OpenAsync(ct), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await writer.WriteAsync(csv.ToString().AsMemory(), ct);
        }
        return reports.Count;
    }

    public static string FileName(DateTimeOffset now) => $"全部报告-{now.ToOffset(Core.Deadlines.ChinaTime.Offset):yyyyMMdd-HHmm}.zip";

    private static string Csv(string value) => value.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
