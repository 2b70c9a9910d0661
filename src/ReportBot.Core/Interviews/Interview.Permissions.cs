namespace ReportBot.Core.Interviews;

/// <summary>
/// Co-filling's one hook: which questions this person may change. The host says, per report and question, why a
/// question is closed to them (another person's section), or null when it is theirs; the interview then walks only
/// open questions and shows the rest read-only.
/// </summary>
public sealed partial class Interview
{
    /// <summary>Why <c>question</c> of report <c>reportId</c> is read-only for this person, or null (the default: everything is open).</summary>
    public Func<long, Question, string?> Locked { get; init; } = (_, _) => null;

    private string? LockReason(Question q) => Locked(state.ReportId ?? 0, q);

    private bool IsOpenToMe(Question q) => LockReason(q) is null;

    /// <summary>Says the question is read-only (its saved value and whose it is) and returns true, when it is.</summary>
    private bool RefusedAsReadOnly(Question? q)
    {
        if (q is null || LockReason(q) is not { } reason) return false;
        Say(new Reply(CoFillingTexts.ReadOnly(q.Position, InterviewScreens.ShortLabel(q), screens.SavedValue(q), reason),
            [[new Button(CoFillingTexts.HistoryButton, HistoryChoicePrefix + q.Id)]]));
        return true;
    }

    /// <summary>The choice of the history button at an item; the host answers it (the history is in the store).</summary>
    public const string HistoryChoicePrefix = "hist:";

    /// <summary>Resuming on a question given to someone else since: to this person's first open one still unanswered.</summary>
    private void MoveOffLockedQuestion()
    {
        if (Current is not { } q || IsOpenToMe(q)) return;
        var mine = context.Plan.Questions.FirstOrDefault(x => IsOpenToMe(x) && !screens.IsAnswered(x) && x.Required)
            ?? context.Plan.Questions.FirstOrDefault(IsOpenToMe);
        state = state with { QuestionId = mine?.Id };
    }

    /// <summary>The next question after <paramref name="answered"/> this person may change.</summary>
    private Question? NextOpenAfter(Question answered)
    {
        for (var q = context.Plan.After(answered); q is not null; q = context.Plan.After(q))
            if (IsOpenToMe(q)) return q;
        return null;
    }
}
