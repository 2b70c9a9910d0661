namespace ReportBot.Core.Interviews;

/// <summary>Moving between questions: back, skip, keep, jump (and return), continue after the review.</summary>
public sealed partial class Interview
{
    private void PreviousQuestion()
    {
        if (Current is not { } q)
        {
            ReviewAll();
            return;
        }
        if (context.Plan.Before(q) is not { } previous)
        {
            Say(InterviewTexts.FirstQuestion);
            Ask();
            return;
        }
        state = state with { ResumeQuestionId = null, QuestionId = previous.Id };
        Ask();
    }

    /// <summary>Only optional narratives can be skipped; skipping drops a text not yet saved.</summary>
    private void SkipQuestion()
    {
        if (Current is not { } q) Say(InterviewTexts.NotNow);
        else if (q is RowQuestion) Say(InterviewTexts.CannotSkipTable);
        else if (q.Required) Say(InterviewTexts.CannotSkip);
        else
        {
            if (state.State == InterviewState.Drafting) machine.Fire(Trigger.Done);
            Advance(q);
        }
    }

    private void KeepAnswer()
    {
        if (Current is not { } q) Say(InterviewTexts.NotNow);
        else if (!screens.IsAnswered(q)) Say(InterviewTexts.NothingSaved);
        else Advance(q);
    }

    private void JumpTo(string questionId)
    {
        if (context.Plan.Find(questionId) is not { } target)
        {
            Say(InterviewTexts.UnknownChoice);
            return;
        }
        if (RefusedAsReadOnly(target)) return;
        // Back to the question the person was on (the review keeps it); to the review once all are behind.
        var resume = state.ResumeQuestionId ?? state.QuestionId ?? ConversationState.ReturnToReview;
        state = state with { ResumeQuestionId = resume == target.Id ? null : resume, QuestionId = target.Id };
        machine.Fire(Trigger.ToQuestions);
        Ask(jumped: state.ResumeQuestionId is not null);
    }

    private void ContinueFromReview()
    {
        state = state with { ResumeQuestionId = null };
        var next = Current ?? context.Plan.Questions.FirstOrDefault(q => q.Required && !screens.IsAnswered(q) && IsOpenToMe(q));
        if (next is null)
        {
            state = state with { QuestionId = null };
            ShowReview(InterviewTexts.AllAnswered);
            return;
        }
        state = state with { QuestionId = next.Id };
        machine.Fire(Trigger.ToQuestions);
        Ask();
    }

    /// <summary>Typing during the review answers the question the person was on.</summary>
    private void AnswerFromReview(string text)
    {
        if (Current is null)
        {
            Say(InterviewTexts.UseButtons);
            return;
        }
        state = state with { ResumeQuestionId = null };
        machine.Fire(Trigger.ToQuestions);
        machine.Fire(triggers.Answer, text);
    }

    private void PickSection(string sectionId)
    {
        if (context.Format.Sections.FirstOrDefault(s => s.Id == sectionId) is not { } section) Say(InterviewTexts.UnknownChoice);
        else Say(screens.SectionPicker(section));
    }

    private void ShowReview(string? lead = null) => Say(screens.Review(Report, AllFindings(), lead));

    /// <summary>Every question is behind: the conversation moves to the review, so Continue and Back work from there.</summary>
    private void ReviewAll(string? lead = null)
    {
        state = state with { QuestionId = null };
        machine.Fire(Trigger.ToReview);
        ShowReview(lead);
    }

    /// <summary>Shows where the person is: the review, or the current question.</summary>
    private void Resume(bool toReview)
    {
        if (toReview || Current is null) ShowReview();
        else Ask();
    }
}
