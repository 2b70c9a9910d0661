using ReportBot.Core.Answers;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Interviews;

/// <summary>
/// Reasons given for findings, kept with the report as answers keyed <c>ack.{finding key}</c>: the coordinator sees
/// them, the draft lists them, and explanations of R8–R10 are printed under their table.
/// </summary>
public static class Acknowledgements
{
    public const string Prefix = "ack.";

    private const string FromReviewMark = "review|";

    public static string Key(Finding finding) => Prefix + finding.Id;

    public static string? Reason(AnswerSet answers, Finding finding) => answers.Get(Key(finding));

    /// <summary>The value kept in the conversation while the reason is asked: where to return, and which finding.</summary>
    public static string Pending(string findingKey, bool fromReview) => (fromReview ? FromReviewMark : "answer|") + findingKey;

    public static bool FromReview(string? pending) => pending?.StartsWith(FromReviewMark, StringComparison.Ordinal) == true;

    public static string FindingKey(string pending) => pending[(pending.IndexOf('|', StringComparison.Ordinal) + 1)..];
}
