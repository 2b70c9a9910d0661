using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

/// <summary>Explaining a finding and typing last year's figures: sub-dialogs kept typed, cleared when left.</summary>
public sealed class ExplainingAndLastYearTests
{
    /// <summary>A complete report whose 规章 break R9 against last year's 现行有效件数.</summary>
    private static InterviewDriver AtReviewWithR9() =>
        new InterviewDriver { LastYear = new(StringComparer.Ordinal) { ["t2.1.rules.inForce"] = "5" } }
            .OpenExisting(ReportStatus.Open, InterviewDriver.Complete(("t2.1.rules.issued", "1"), ("t2.1.rules.inForce", "5")));

    [Fact]
    public void AReasonAskedFromTheReviewIsKeptAndLeadsBackToTheReview()
    {
        var chat = AtReviewWithR9().Press("说明R9规章");
        Assert.Equal(InterviewState.Explaining, chat.State);
        var explaining = Assert.IsType<ExplainingDialog>(chat.Conversation.Dialog);
        Assert.True(explaining.FromReview);

        Assert.Equal(InterviewTexts.ReasonLength(2, 500), chat.Say("修").LastText);
        chat.Say("本年修订1件规章，原规章同时废止。");

        Assert.Equal((InterviewState.Reviewing, (InterviewDialog?)null), (chat.State, chat.Conversation.Dialog));
        Assert.Equal("本年修订1件规章，原规章同时废止。", chat.Answers[explaining.AnswerKey]);
        Assert.StartsWith(InterviewTexts.ReasonSaved, chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void WhileExplainingMovesAreNotNowAndCancelReturnsWhereTheReasonWasAsked()
    {
        var chat = AtReviewWithR9().Press("说明R9规章");

        foreach (var intent in new Func<Interview, InterviewOutcome>[] { i => i.Jump("s1.intro"), i => i.Skip(), i => i.Submit(), i => i.Keep(), i => i.TypeLastYear() })
        {
            Assert.Equal(InterviewTexts.NotNow, chat.Do(intent).LastText);
            Assert.Equal(InterviewState.Explaining, chat.State);
        }
        Assert.Equal(InterviewTexts.StillExplaining, chat.Do(i => i.Start()).LastText);
        chat.Do(i => i.Cancel());

        Assert.Equal((InterviewState.Reviewing, (InterviewDialog?)null), (chat.State, chat.Conversation.Dialog));
        Assert.DoesNotContain(chat.Answers.Keys, k => k.StartsWith(Acknowledgements.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void LastYearsFiguresAreAskedStepByStepAndCancelReturnsToTheQuestion()
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.TypeLastYear());
        Assert.Equal((InterviewState.TypingLastYear, (InterviewDialog?)new LastYearDialog(0)), (chat.State, chat.Conversation.Dialog));

        chat.Do(i => i.Skip());
        Assert.Equal(new LastYearDialog(1), chat.Conversation.Dialog);
        Assert.Equal(InterviewTexts.NotNow, chat.Do(i => i.Jump("s1.intro")).LastText);
        chat.Do(i => i.Cancel());

        Assert.Equal((InterviewState.Answering, "s1.intro", (InterviewDialog?)null), (chat.State, chat.Conversation.QuestionId, chat.Conversation.Dialog));
        Assert.StartsWith(InterviewTexts.LastYearStopped, chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportWideIntentsLeaveASubDialogThroughTheSuperstateAndClearIt()
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.TypeLastYear()).Do(i => i.Review());
        Assert.Equal((InterviewState.Reviewing, (InterviewDialog?)null), (chat.State, chat.Conversation.Dialog));

        chat.Do(i => i.TypeLastYear()).Do(i => i.NewReport());
        Assert.Equal((InterviewState.NamingAgency, (InterviewDialog?)new NamingDialog(null)), (chat.State, chat.Conversation.Dialog));
    }
}
