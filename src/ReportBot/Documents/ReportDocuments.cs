using ReportBot.Core.Answers;
using ReportBot.Core.Documents;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;

namespace ReportBot.Documents;

/// <summary>
/// Turns a report's answers into the files people receive: the finished .docx, or a draft marked with the time it
/// was taken (China Standard Time). Built in memory, outside any database transaction.
/// </summary>
public sealed class ReportDocuments(ReportFormats formats, TimeProvider clock)
{
    /// <summary>China has one time zone and no daylight saving: a fixed +08:00 needs no tz database.</summary>
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>The document of a report in <paramref name="formatId"/>, the format the report was created with.</summary>
    public ReportDocument Model(string formatId, ReportInfo report, AnswerSet answers, bool draft, AnswerSet? lastYear = null) =>
        ReportDocumentBuilder.Build(formats.For(formatId), report, answers, draft ? clock.GetUtcNow().ToOffset(ChinaStandardTime) : null, lastYear);

    public ReplyDocument Docx(string formatId, ReportInfo report, AnswerSet answers, bool draft, AnswerSet? lastYear = null) =>
        new(FileName(formatId, report, draft, "docx"), DocxWriter.Write(Model(formatId, report, answers, draft, lastYear)));

    public string FileName(string formatId, ReportInfo report, bool draft, string extension) =>
        $"{formats.For(formatId).Format.TitleFor(report.Agency, report.Year)}{(draft ? "（草稿）" : "")}.{extension}";
}
