namespace ReportBot.Core.Interviews;

/// <summary>Moving between questions: back, skip, keep, jump (and return), continue after the review.</summary>
public sealed partial class Interview
{
    public InterviewOutcome Back()
    {
        switch (state.State)
        {
            case InterviewState.NamingYear:
                TryFire(Trigger.Back);
                Say(InterviewTexts.AskAgency);
                break;
            case InterviewState.Drafting:
                // Going back would drop the unsaved text: it stays, and the person chooses.
                Say(InterviewTexts.FinishDraftFirst);
                Say(InterviewScreens.Preview(state.Draft ?? "", Current));
                break;
            case InterviewState.Answering when Current is { } q:
                if (context.Plan.Before(q) is not { } previous)
                {
                    Say(InterviewTexts.FirstQuestion);
                    Ask();
                    return outcome;
                }
                state.ResumeQuestionId = null;
                state.QuestionId = previous.Id;
                Ask();
                break;
            case InterviewState.Reviewing:
                return Continue();
            case InterviewState.Explaining:
                StopExplaining();
                break;
            case InterviewState.TypingLastYear:
                StopTypingLastYear();
                break;
            default:
                Say(InterviewTexts.NotNow);
                break;
        }
        return outcome;
    }

    public InterviewOutcome Skip()
    {
        if (state.State == InterviewState.TypingLastYear)
        {
            NextLastYear();
            return outcome;
        }
        if (state.State is not (InterviewState.Answering or InterviewState.Drafting) || Current is not { } q) return Say2(InterviewTexts.NotNow);
        if (q is RowQuestion) return Say2(InterviewTexts.CannotSkipTable);
        if (q.Required) return Say2(InterviewTexts.CannotSkip);
        if (state.State == InterviewState.Drafting)
        {
            state.Draft = null;
            TryFire(Trigger.DraftDiscarded);
        }
        Advance(q);
        return outcome;
    }

    /// <summary>保持原值: the saved answer stands; go on.</summary>
    public InterviewOutcome Keep()
    {
        if (state.State != InterviewState.Answering || Current is not { } q) return Say2(InterviewTexts.NotNow);
        if (!screens.IsAnswered(q)) return Say2(InterviewTexts.NothingSaved);
        Advance(q);
        return outcome;
    }

    public InterviewOutcome Jump(string questionId)
    {
        if (context.Plan.Find(questionId) is not { } target) return Say2(InterviewTexts.UnknownChoice);
        if (state.State == InterviewState.Submitted) TryFire(Trigger.Review);
        if (!machine.CanFire(Trigger.Jump)) return Say2(state.State == InterviewState.Drafting ? InterviewTexts.FinishDraftFirst : InterviewTexts.NotNow);
        // Back to the question the person was on (the review keeps it); to the review once all are behind.
        state.ResumeQuestionId ??= state.QuestionId ?? ConversationState.ReturnToReview;
        if (state.ResumeQuestionId == target.Id) state.ResumeQuestionId = null;
        machine.Fire(Trigger.Jump);
        state.QuestionId = target.Id;
        Ask(jumped: state.ResumeQuestionId is not null);
        return outcome;
    }

    public InterviewOutcome Continue()
    {
        if (!TryFire(Trigger.Continue)) return outcome;
        state.ResumeQuestionId = null;
        var next = Current ?? context.Plan.Questions.FirstOrDefault(q => q.Required && !screens.IsAnswered(q));
        if (next is null)
        {
            state.QuestionId = null;
            machine.Fire(Trigger.Review);
            ShowReview(InterviewTexts.AllAnswered);
            return outcome;
        }
        state.QuestionId = next.Id;
        Ask();
        return outcome;
    }

    private InterviewOutcome PickSection(string sectionId)
    {
        if (context.Format.Sections.FirstOrDefault(s => s.Id == sectionId) is not { } section) return Say2(InterviewTexts.UnknownChoice);
        if (state.State is not (InterviewState.Reviewing or InterviewState.Submitted or InterviewState.Answering)) return Say2(InterviewTexts.NotNow);
        Say(screens.SectionPicker(section));
        return outcome;
    }
}
