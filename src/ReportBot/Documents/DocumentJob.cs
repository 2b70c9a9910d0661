using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;

namespace ReportBot.Documents;

/// <summary>
/// A document promised in a reply, as the answers stood when the reply was committed: enough to build it later,
/// outside the message's handling (the Telegram sender builds it from the outbox row, after a crash too).
/// </summary>
public sealed record DocumentJob(
    string FormatId, ReportInfo Report, IReadOnlyDictionary<string, string> Answers, IReadOnlyDictionary<string, string>? LastYear,
    bool Draft, bool AsWebPage, DateTimeOffset TakenAt, string FileName)
{
    /// <summary>One per promise: the copies of one document sent to several people share it (see <see cref="BuiltDocuments"/>).</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>A co-filled draft's "who filled what" lines for its appendix, as they stood (Reviews.ReportProgress).</summary>
    public IReadOnlyList<string>? FilledBy { get; init; }

    public ReplyDocument Build(ReportDocuments documents)
    {
        var answers = new AnswerSet(Answers);
        var lastYear = LastYear is null ? null : new AnswerSet(LastYear);
        return AsWebPage
            ? documents.Html(FormatId, Report, answers, Draft, lastYear, TakenAt, FilledBy)
            : documents.Docx(FormatId, Report, answers, Draft, lastYear, takenAt: TakenAt, filledBy: FilledBy);
    }
}
