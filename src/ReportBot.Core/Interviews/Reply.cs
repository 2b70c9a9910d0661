namespace ReportBot.Core.Interviews;

/// <summary>A button: what it says, and the choice it sends back.</summary>
public sealed record Button(string Label, string Choice);

/// <summary>
/// A file sent with a reply: the name the person sees, and the bytes (built in memory). Open to a host's kind of
/// document that is only promised (its bytes are built later, outside the message's handling).
/// </summary>
public record ReplyDocument(string FileName, byte[] Content);

/// <summary>
/// One outgoing message, independent of any chat platform: text, rows of buttons, perhaps a document. It goes to
/// the person who wrote, unless <see cref="ToUserId"/> names someone else (a coordinator being notified).
/// </summary>
public sealed record Reply(string Text, IReadOnlyList<IReadOnlyList<Button>> Buttons, ReplyDocument? Document = null, long? ToUserId = null)
{
    public Reply(string text) : this(text, []) { }

    public IEnumerable<Button> AllButtons => Buttons.SelectMany(r => r);

    /// <summary>The value an answer saved, as the answered question's edit shows it on Telegram; null when nothing was saved.</summary>
    public string? Saved { get; init; }
}

/// <summary>The report a conversation works on, as the interview needs to know it.</summary>
public sealed record ReportInfo(long Id, string Agency, int Year, ReportStatus Status);

/// <summary>A report with its answers and last year's (same 机关, year before), as the interview works on it.</summary>
public sealed record BoundReport(ReportInfo Info, Answers.AnswerSet Answers, Answers.AnswerSet? LastYear, InterviewContext? Context = null); // Context: the report's own format, when not the interview's

/// <summary>Asks the host to create, or bind to, the report named during the interview.</summary>
public sealed record OpenReportRequest(string Agency, int Year);

/// <summary>What one intent produced: replies, and what the host must persist or do besides the answers.</summary>
public sealed class InterviewOutcome
{
    public List<Reply> Replies { get; } = [];

    public OpenReportRequest? OpenReport { get; set; }

    /// <summary>The report's new status, when this message changed it (submitted, or reopened by a change).</summary>
    public ReportStatus? Status { get; set; }
}
