using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

/// <summary>The review, submission, and a submitted report: what each accepts and refuses.</summary>
public sealed class ReviewAndSubmitTests
{
    [Fact]
    public void TypingDuringTheReviewAnswersTheQuestionThePersonWasOn()
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.Review());
        Assert.Equal(InterviewState.Reviewing, chat.State);

        chat.Say("概述。");

        Assert.Equal(InterviewState.Answering, chat.State);
        Assert.Equal("概述。", chat.Answers["s1.intro"]);
    }

    [Fact]
    public void ContinueAndBackFromTheReviewReturnToTheQuestion()
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.Review()).Press("继续填写");
        Assert.Equal((InterviewState.Answering, "s1.intro"), (chat.State, chat.Conversation.QuestionId));

        chat.Do(i => i.Review()).Do(i => i.Back());
        Assert.Equal(InterviewState.Answering, chat.State);
    }

    [Fact]
    public void ACompleteReportIsSubmittedAndThenAnswersAndSubmittingAgainAreRefused()
    {
        var chat = new InterviewDriver().OpenExisting(ReportStatus.Open, InterviewDriver.Complete()).Press("提交报告");

        Assert.Equal(InterviewState.Submitted, chat.State);
        Assert.Equal(ReportStatus.Submitted, chat.LastStatusChange);
        Assert.Contains(InterviewTexts.SubmittedNote, chat.LastText, StringComparison.Ordinal);
        Assert.Equal(InterviewTexts.AlreadySubmitted, chat.Say("19").LastText);
        Assert.Equal(InterviewTexts.AlreadySubmitted, chat.Do(i => i.Submit()).LastText);
        Assert.Equal(InterviewTexts.NotNow, chat.Do(i => i.Continue()).LastText);
        Assert.Equal(InterviewState.Submitted, chat.State);
    }

    [Fact]
    public void LookingAtASubmittedReportKeepsItSubmittedAndAChangeReopensIt()
    {
        var chat = new InterviewDriver().OpenExisting(ReportStatus.Submitted, InterviewDriver.Complete()).Do(i => i.Review());
        Assert.Equal(InterviewState.Reviewing, chat.State);
        Assert.Null(chat.LastStatusChange);

        chat.Do(i => i.Jump("t2.5.permit"));
        Assert.Equal(InterviewState.Answering, chat.State);
        chat.Say("19");

        Assert.Equal(ReportStatus.Open, chat.LastStatusChange);
        Assert.Equal(InterviewState.Reviewing, chat.State);
        Assert.DoesNotContain("（已提交）", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void AJumpFromASubmittedReportGoesStraightToTheQuestion()
    {
        var chat = new InterviewDriver().OpenExisting(ReportStatus.Submitted, InterviewDriver.Complete()).Do(i => i.Jump("s1.intro"));

        Assert.Equal((InterviewState.Answering, "s1.intro", ConversationState.ReturnToReview),
            (chat.State, chat.Conversation.QuestionId, chat.Conversation.ResumeQuestionId));
    }
}
