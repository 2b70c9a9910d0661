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

    /// <summary>
    /// The document of a report in <paramref name="formatId"/>, the format it was created with; its 落款 is dated <paramref name="signedOn"/> when given (the submission date), otherwise today
    /// in China: the submission date when it is sent on submitting, the snapshot date for a draft.
    /// </summary>
    /// <remarks><paramref name="takenAt"/> is when the document was asked for, if it is built later (see <see cref="DocumentJob"/>).</remarks>
    public ReportDocument Model(string formatId, ReportInfo report, AnswerSet answers, bool draft, AnswerSet? lastYear = null, DateOnly? signedOn = null, DateTimeOffset? takenAt = null, IReadOnlyList<string>? filledBy = null)
    {
        var now = (takenAt ?? clock.GetUtcNow()).ToOffset(ChinaStandardTime);
        var model = ReportDocumentBuilder.Build(formats.For(formatId), report, answers, draft ? now : null, lastYear, signedOn ?? DateOnly.FromDateTime(now.DateTime));
        // A co-filled draft's appendix ends with who filled what (Reviews.ReportProgress).
        return model.Draft is { } mark && filledBy is { Count: > 0 }
            ? model with { Draft = mark with { Appendix = [.. mark.Appendix, new AppendixEntry(FilledByHeading, [], filledBy)] } }
            : model;
    }

    public const string FilledByHeading = "填报分工（谁填了什么）";

    public ReplyDocument Docx(string formatId, ReportInfo report, AnswerSet answers, bool draft, AnswerSet? lastYear = null, DateOnly? signedOn = null, DateTimeOffset? takenAt = null, IReadOnlyList<string>? filledBy = null) =>
        new(FileName(formatId, report, draft, "docx"), DocxWriter.Write(Model(formatId, report, answers, draft, lastYear, signedOn, takenAt, filledBy)));

    /// <summary>The same document as one self-contained web page, for a 政府网站 CMS.</summary>
    public ReplyDocument Html(string formatId, ReportInfo report, AnswerSet answers, bool draft, AnswerSet? lastYear = null, DateTimeOffset? takenAt = null, IReadOnlyList<string>? filledBy = null) =>
        new(FileName(formatId, report, draft, "html"), System.Text.Encoding.UTF8.GetBytes(HtmlWriter.Write(Model(formatId, report, answers, draft, lastYear, takenAt: takenAt, filledBy: filledBy))));

    /// <summary>
    /// A document promised as the answers stand now (they are copied), built later outside the message's handling:
    /// by the outbox's sender, or after the commit (<see cref="DeferredReplies"/>).
    /// </summary>
    public PromisedDocument Promise(string formatId, ReportInfo report, AnswerSet answers, AnswerSet? lastYear, bool draft, DateTimeOffset takenAt,
        bool asWebPage = false, IReadOnlyList<string>? filledBy = null) =>
        new(new DocumentJob(formatId, report, answers.Values.ToDictionary(StringComparer.Ordinal), lastYear?.Values.ToDictionary(StringComparer.Ordinal),
            draft, asWebPage, takenAt, FileName(formatId, report, draft, asWebPage ? "html" : "docx"))
        { FilledBy = filledBy });

    public string FileName(string formatId, ReportInfo report, bool draft, string extension) =>
        $"{formats.For(formatId).Format.TitleFor(report.Agency, report.Year)}{(draft ? "（草稿）" : "")}.{extension}";
}
