using ReportBot.Core.Answers;
using ReportBot.Core.Documents;
using ReportBot.Core.Interviews;

namespace ReportBot.Documents;

/// <summary>
/// Turns a report's answers into the files people receive: the finished .docx, or a draft marked with the time it
/// was taken (China Standard Time). Built in memory, outside any database transaction.
/// </summary>
public sealed class ReportDocuments(InterviewContext context, TimeProvider clock)
{
    /// <summary>China has one time zone and no daylight saving: a fixed +08:00 needs no tz database.</summary>
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public ReportDocument Model(ReportInfo report, AnswerSet answers, bool draft, AnswerSet? lastYear = null) =>
        ReportDocumentBuilder.Build(context, report, answers, draft ? clock.GetUtcNow().ToOffset(ChinaStandardTime) : null, lastYear);

    public ReplyDocument Docx(ReportInfo report, AnswerSet answers, bool draft, AnswerSet? lastYear = null) =>
        new(FileName(report, draft, "docx"), DocxWriter.Write(Model(report, answers, draft, lastYear)));

    public string FileName(ReportInfo report, bool draft, string extension) =>
        $"{context.Format.TitleFor(report.Agency, report.Year)}{(draft ? "（草稿）" : "")}.{extension}";
}
