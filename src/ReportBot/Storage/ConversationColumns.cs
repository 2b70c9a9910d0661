using ReportBot.Core.Interviews;

namespace ReportBot.Storage;

/// <summary>
/// A conversation's sub-dialog in the columns the schema has had since before it was typed: one column per kind.
/// The reason's column keeps its old spelling (<c>review|ack.R9.…</c> or <c>answer|…</c>), so stored chats resume.
/// </summary>
internal static class ConversationColumns
{
    private const string FromReview = "review|";
    private const string FromAnswer = "answer|";

    public static InterviewDialog? Dialog(InterviewState state, string? draft, string? agency, string? explaining, int? lastYearStep) => state switch
    {
        InterviewState.NamingAgency or InterviewState.NamingYear => new NamingDialog(agency),
        InterviewState.Drafting => new DraftDialog(draft ?? ""),
        InterviewState.Answering or InterviewState.Reviewing when draft is not null => SavedText.Read(draft),
        InterviewState.Explaining when explaining is not null => new ExplainingDialog(
            explaining[(explaining.IndexOf('|', StringComparison.Ordinal) + 1)..], explaining.StartsWith(FromReview, StringComparison.Ordinal)),
        InterviewState.TypingLastYear => new LastYearDialog(lastYearStep ?? 0),
        _ => null,
    };

    public static (string? Draft, string? Agency, string? Explaining, int? LastYearStep) Columns(InterviewDialog? dialog) => dialog switch
    {
        DraftDialog d => (d.Text, null, null, null),
        SavedTextDialog s => (SavedText.Write(s), null, null, null),
        NamingDialog n => (null, n.Agency, null, null),
        ExplainingDialog e => (null, null, (e.FromReview ? FromReview : FromAnswer) + e.AnswerKey, null),
        LastYearDialog l => (null, null, null, l.Step),
        _ => (null, null, null, null),
    };
}
