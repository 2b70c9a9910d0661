namespace ReportBot.Core.Interviews;

/// <summary>What a mode remembers between messages; each mode has its own kind, cleared when the mode is left.</summary>
public abstract record InterviewDialog;

/// <summary>Naming a new report: the agency once typed.</summary>
public sealed record NamingDialog(string? Agency) : InterviewDialog;

/// <summary>A narrative typed over one or several messages, not yet saved.</summary>
public sealed record DraftDialog(string Text) : InterviewDialog;

/// <summary>The reason being asked for: the answer key it will be kept under, and whether the review asked.</summary>
public sealed record ExplainingDialog(string AnswerKey, bool FromReview) : InterviewDialog;

/// <summary>Which of last year's figures is being asked.</summary>
public sealed record LastYearDialog(int Step) : InterviewDialog;

/// <summary>
/// A narrative just saved on send, for its 追加/重写/撤销 buttons and for joining a paste Telegram split:
/// which question, its value before, when it was saved, and whether the next text is to be appended to it.
/// </summary>
// Cut: the last message of the text was as long as the chat allows, so the client probably split a paste there.
public sealed record SavedTextDialog(string QuestionId, string? Previous, DateTimeOffset? SavedAt, bool Appending = false, bool Cut = false) : InterviewDialog;
