namespace ReportBot.Core.Interviews;

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
}

/// <summary>
/// Where one person's conversation stands, kept outside the state machine so the store can save and reload it
/// with every message.
/// </summary>
public sealed class ConversationState
{
    /// <summary>Marks a jump made from the review: after the answer, return to the review.</summary>
    public const string ReturnToReview = "$review";

    public InterviewState State { get; set; } = InterviewState.Idle;

    public long? ReportId { get; set; }

    /// <summary>The current question; null once the last question is behind.</summary>
    public string? QuestionId { get; set; }

    /// <summary>Where to return after answering a question reached by a jump.</summary>
    public string? ResumeQuestionId { get; set; }

    /// <summary>A narrative being composed over several messages, not yet saved.</summary>
    public string? Draft { get; set; }

    public string? PendingAgency { get; set; }

    /// <summary>The finding whose reason is being asked for (its key), while <see cref="InterviewState.Explaining"/>.</summary>
    public string? Explaining { get; set; }

    /// <summary>Which of last year's figures is being asked, while <see cref="InterviewState.TypingLastYear"/>.</summary>
    public int? LastYearStep { get; set; }

    /// <summary>Grows with every change, so buttons on older messages can be recognised as stale.</summary>
    public int Version { get; set; }
}
