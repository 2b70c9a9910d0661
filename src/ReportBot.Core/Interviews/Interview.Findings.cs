using ReportBot.Core.Rules;

namespace ReportBot.Core.Interviews;

/// <summary>Acting on findings: explaining one with a reason, or accepting a suggested sentence.</summary>
public sealed partial class Interview
{
    private const int MinReason = 2;
    private const int MaxReason = 500;

    /// <summary>Asks for the reason behind a finding (a warning, or an explainable error such as R8).</summary>
    public InterviewOutcome Explain(string findingKey)
    {
        if (CurrentFinding(findingKey) is not { } finding || context.Format.Rule(finding.RuleId) is not { CanBeAcknowledged: true })
            return Say2(InterviewTexts.FindingGone);
        var fromReview = state.State == InterviewState.Reviewing;
        if (!TryFire(Trigger.Explain)) return outcome;
        state.Explaining = Acknowledgements.Pending(Acknowledgements.Key(finding), fromReview);
        var rule = context.Format.Rule(finding.RuleId)!;
        Say(InterviewTexts.AskReason(finding.Text, rule.Hint, rule.Explainable));
        return outcome;
    }

    /// <summary>Adds the suggested sentence (R13) to its section's text, as a paragraph of its own.</summary>
    public InterviewOutcome Accept(string findingKey)
    {
        if (state.State is not (InterviewState.Answering or InterviewState.Reviewing)) return Say2(InterviewTexts.NotNow);
        if (CurrentFinding(findingKey) is not { Suggestion: { } suggestion, Section: { } section }
            || context.Format.Sections.First(s => s.Id == section).Items is not { Count: > 0 } items)
            return Say2(InterviewTexts.FindingGone);
        var item = items[^1];
        var text = answers.Get(item.Id);
        var accepted = text is null || text == "无" ? suggestion : $"{text}\n{suggestion}";
        if (accepted.Length > item.MaxLength) return Say2(InterviewTexts.TooLong(item.MaxLength, accepted.Length));
        answers.Set(item.Id, accepted);
        Say(InterviewTexts.SuggestionAccepted(item.Label, suggestion));
        Resume();
        return outcome;
    }

    /// <summary>The reason typed while explaining: kept with the report, then back to where the person was.</summary>
    private void SaveReason(string text)
    {
        var reason = text.Trim();
        if (reason.Length is < MinReason or > MaxReason)
        {
            Say(InterviewTexts.ReasonLength(MinReason, MaxReason));
            return;
        }
        answers.Set(Acknowledgements.AnswerKey(state.Explaining!), reason);
        state.Explaining = null;
        machine.Fire(Trigger.Explained);
        Say(InterviewTexts.ReasonSaved);
        Resume();
    }

    private void StopExplaining()
    {
        machine.Fire(Trigger.Cancel);
        state.Explaining = null;
        Say(InterviewTexts.Cancelled);
        Resume();
    }

    /// <summary>Shows where the person is: the review, or the current question.</summary>
    private void Resume()
    {
        if (state.State == InterviewState.Reviewing || Current is null) ShowReview();
        else Ask();
    }

    private Finding? CurrentFinding(string key) => AllFindings().FirstOrDefault(f => f.Id == key);
}
