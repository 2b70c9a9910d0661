using ReportBot.Core.Rules;

namespace ReportBot.Core.Interviews;

/// <summary>Acting on findings: explaining one with a reason, or accepting a suggested sentence.</summary>
public sealed partial class Interview
{
    private const int MinReason = 2;
    private const int MaxReason = 500;

    private void AskReason(string findingKey)
    {
        if (CurrentFinding(findingKey) is not { } finding || context.Format.Rule(finding.RuleId) is not { CanBeAcknowledged: true } rule)
        {
            Say(InterviewTexts.FindingGone);
            return;
        }
        state = state with { Dialog = new ExplainingDialog(Acknowledgements.Key(finding), FromReview: state.State == InterviewState.Reviewing) };
        machine.Fire(Trigger.ReasonAsked);
        Say(InterviewTexts.AskReason(finding.Text, rule.Hint, rule.Explainable));
    }

    private void AcceptSuggestion(string findingKey)
    {
        if (CurrentFinding(findingKey) is not { Suggestion: { } suggestion, Section: { } section }
            || context.Format.Sections.First(s => s.Id == section).Items is not { Count: > 0 } items)
        {
            Say(InterviewTexts.FindingGone);
            return;
        }
        var item = items[^1];
        var text = answers.Get(item.Id);
        var accepted = text is null || text == "无" ? suggestion : $"{text}\n{suggestion}";
        if (accepted.Length > item.MaxLength)
        {
            Say(InterviewTexts.TooLong(item.MaxLength, accepted.Length));
            return;
        }
        answers.Set(item.Id, accepted);
        Say(InterviewTexts.SuggestionAccepted(item.Label, suggestion));
        Resume(toReview: state.State == InterviewState.Reviewing);
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
        var explaining = Dialog<ExplainingDialog>();
        answers.Set(explaining.AnswerKey, reason);
        machine.Fire(Trigger.Done);
        Say(InterviewTexts.ReasonSaved);
        Resume(explaining.FromReview);
    }

    private void StopExplaining()
    {
        var fromReview = Dialog<ExplainingDialog>().FromReview;
        machine.Fire(Trigger.Done);
        Say(InterviewTexts.Cancelled);
        Resume(fromReview);
    }

    private Finding? CurrentFinding(string key) => AllFindings().FirstOrDefault(f => f.Id == key);
}
