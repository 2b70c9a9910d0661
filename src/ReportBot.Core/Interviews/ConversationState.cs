namespace ReportBot.Core.Interviews;

/// <summary>The interview's modes. <see cref="NamingReport"/> and <see cref="OnReport"/> are superstates: never stored.</summary>
public enum InterviewState
{
    Idle,
    NamingAgency,
    NamingYear,
    Answering,
    Drafting,
    Reviewing,
    Explaining,
    TypingLastYear,
    Submitted,

    /// <summary>Naming a new report: <see cref="NamingAgency"/>, then <see cref="NamingYear"/>.</summary>
    NamingReport,

    /// <summary>Working on a report, free to move: answering, reviewing, submitted, explaining, typing last year.</summary>
    OnReport,
}

/// <summary>
/// Where one person's conversation stands, kept outside the state machine so the store can save and reload it
/// with every message. Only the interview makes a new one; the host saves what it is given.
/// </summary>
public sealed record ConversationState
{
    /// <summary>Marks a jump made from the review: after the answer, return to the review.</summary>
    public const string ReturnToReview = "$review";

    public InterviewState State { get; init; } = InterviewState.Idle;

    public long? ReportId { get; init; }

    /// <summary>The current question; null once the last question is behind.</summary>
    public string? QuestionId { get; init; }

    /// <summary>Where to return after answering a question reached by a jump.</summary>
    public string? ResumeQuestionId { get; init; }

    /// <summary>The sub-dialog of the current mode (the agency being named, a draft, a reason, last year's step).</summary>
    public InterviewDialog? Dialog { get; init; }

    /// <summary>Grows with every change, so buttons on older messages can be recognised as stale.</summary>
    public int Version { get; init; }

    /// <summary>A narrative being composed over several messages, not yet saved.</summary>
    public string? Draft => (Dialog as DraftDialog)?.Text;
}
