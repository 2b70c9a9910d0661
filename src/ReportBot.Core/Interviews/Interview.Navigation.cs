using ReportBot.Core.Formats;

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
        // Reached by a jump: back is where the jump came from (the review, a section of it, or a question).
        if (state.ResumeQuestionId is { } resume)
        {
            ReturnTo(resume);
            return;
        }
        if (context.Plan.Before(q) is not { } previous)
        {
            Say(InterviewTexts.FirstQuestion);
            Ask();
            return;
        }
        state = state with { QuestionId = previous.Id };
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
            Say(InterviewTexts.Skipped(InterviewScreens.ShortLabel(q)));
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
        // From the review, back to the review (or the section of it) shown; else back to the question the person was on.
        var resume = state.State == InterviewState.Reviewing ? ReviewReturn()
            : state.ResumeQuestionId ?? state.QuestionId ?? ConversationState.ReturnToReview;
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
        if (JoinedToJustSaved(text)) return;
        if (Current is null)
        {
            Say(InterviewTexts.UseButtons);
            return;
        }
        state = state with { ResumeQuestionId = null };
        machine.Fire(Trigger.ToQuestions);
        machine.Fire(Parameterized.Answer, text);
    }

    /// <summary>One section of the review; jumps made from it come back to it.</summary>
    private void PickSection(string sectionId)
    {
        if (context.Format.Sections.FirstOrDefault(s => s.Id == sectionId) is not { } section)
        {
            Say(InterviewTexts.UnknownChoice);
            return;
        }
        if (state.State == InterviewState.Answering) machine.Fire(Trigger.ToReview);
        ShowSection(section);
    }

    private void ShowSection(SectionDefinition section, string? lead = null)
    {
        state = state with { ResumeQuestionId = ConversationState.ReturnToReview + ":" + section.Id };
        Say(Reviews().Section(section, Report, AllFindings(), lead));
    }

    private void ShowReview(string? lead = null)
    {
        if (state.State != InterviewState.Submitted) state = state with { ResumeQuestionId = null };
        Say(Reviews().Overview(Report, AllFindings(), lead));
    }

    private ReviewScreens Reviews() => new(context, answers, screens);

    /// <summary>Where a jump from the review shown now returns: that section of it, or the overview.</summary>
    private string ReviewReturn() =>
        state.ResumeQuestionId is { } r && r.StartsWith(ConversationState.ReturnToReview, StringComparison.Ordinal) ? r : ConversationState.ReturnToReview;

    /// <summary>Back to where a jump came from: a question, the review, or the section of the review it was made from.</summary>
    private void ReturnTo(string resume)
    {
        state = state with { ResumeQuestionId = null };
        if (resume.StartsWith(ConversationState.ReturnToReview, StringComparison.Ordinal))
        {
            var sectionId = resume.Length > ConversationState.ReturnToReview.Length ? resume[(ConversationState.ReturnToReview.Length + 1)..] : null;
            ReviewAll(section: context.Format.Sections.FirstOrDefault(s => s.Id == sectionId));
            return;
        }
        if (context.Plan.Find(resume) is null)
        {
            ReviewAll();
            return;
        }
        state = state with { QuestionId = resume };
        Ask();
    }

    /// <summary>Every question is behind: the conversation moves to the review, so Continue and Back work from there.</summary>
    private void ReviewAll(string? lead = null, SectionDefinition? section = null)
    {
        state = state with { QuestionId = null };
        machine.Fire(Trigger.ToReview);
        if (section is not null) ShowSection(section, lead);
        else ShowReview(lead);
    }

    /// <summary>Shows where the person is: the review, or the current question.</summary>
    private void Resume(bool toReview)
    {
        if (toReview || Current is null) ShowReview();
        else Ask();
    }
}
