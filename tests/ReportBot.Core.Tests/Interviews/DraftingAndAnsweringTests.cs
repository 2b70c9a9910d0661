using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

/// <summary>Answering questions and drafting a text: what each accepts, and what a draft refuses.</summary>
public sealed class DraftingAndAnsweringTests
{
    [Fact]
    public void WhileATextIsOpenEveryOtherIntentIsRefusedAndTheTextShownAgain()
    {
        var chat = InterviewDriver.AtFirstQuestion().Say("一段还没保存的文字。");
        Assert.Equal(InterviewState.Drafting, chat.State);
        var before = chat.Conversation;

        foreach (var (name, intent) in new (string, Func<Interview, InterviewOutcome>)[]
        {
            ("review", i => i.Review()), ("new", i => i.NewReport()), ("back", i => i.Back()), ("submit", i => i.Submit()),
            ("jump", i => i.Jump("t2.5.permit")), ("lastyear", i => i.TypeLastYear()), ("keep", i => i.Keep()),
            ("open", i => i.Open(new BoundReport(new ReportInfo(9, "别的局", 2023, ReportStatus.Open), new(), null))),
        })
        {
            chat.Do(intent);
            Assert.True(chat.Conversation == before, $"{name} changed the conversation");
            Assert.True(chat.LastText.Contains(InterviewTexts.FinishDraftFirst, StringComparison.Ordinal), $"{name}: {chat.LastText}");
            Assert.True(chat.LastText.Contains("一段还没保存的文字。", StringComparison.Ordinal), $"{name} did not show the text again");
        }
    }

    [Fact]
    public void MoreTextIsAppendedAndSavingLeavesTheDraftForTheNextQuestion()
    {
        var chat = InterviewDriver.AtFirstQuestion().Say("第一句。").Say("第二句。");
        Assert.Equal("第一句。\n第二句。", chat.Conversation.Draft);

        chat.Press("保存");

        Assert.Equal(InterviewState.Answering, chat.State);
        Assert.Null(chat.Conversation.Dialog);
        Assert.Equal("s1.active", chat.Conversation.QuestionId);
        Assert.Equal("第一句。\n第二句。", chat.Answers["s1.intro"]);
    }

    [Fact]
    public void CancellingOrRewritingADraftDropsItAndAsksTheQuestionAgain()
    {
        var chat = InterviewDriver.AtFirstQuestion().Say("草稿。").Do(i => i.Cancel());
        Assert.Equal((InterviewState.Answering, (InterviewDialog?)null), (chat.State, chat.Conversation.Dialog));
        Assert.Contains(InterviewTexts.DraftDropped(3), chat.LastText, StringComparison.Ordinal);

        chat.Say("又一稿。").Press("重写");
        Assert.Equal((InterviewState.Answering, (InterviewDialog?)null), (chat.State, chat.Conversation.Dialog));
        Assert.Empty(chat.Answers);
    }

    [Fact]
    public void ADraftsButtonsAreNotNowOutsideADraft()
    {
        var chat = InterviewDriver.AtFirstQuestion();

        Assert.Equal(InterviewTexts.NotNow, chat.Do(i => i.Choose("save")).LastText);
        Assert.Equal(InterviewTexts.NotNow, chat.Do(i => i.Choose("rewrite")).LastText);
        Assert.Equal(InterviewTexts.NotNow, chat.Do(i => i.Continue()).LastText);
        Assert.Equal(InterviewTexts.NothingSaved, chat.Do(i => i.Keep()).LastText);
    }

    [Fact]
    public void AnOptionalTextIsSkippedButARequiredOneAndTableRowsAreNot()
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.Skip());
        Assert.Equal("s1.active", chat.Conversation.QuestionId);
        Assert.Equal(InterviewTexts.CannotSkip, chat.Do(i => i.Skip()).LastText);

        chat.Do(i => i.Jump("t2.5.permit"));
        Assert.Equal(InterviewTexts.CannotSkipTable, chat.Do(i => i.Skip()).LastText);
    }

    [Fact]
    public void ARowAnsweredAfterAJumpReturnsToTheQuestionThePersonWasOnAndBackGoesToThePreviousOne()
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.Jump("t2.5.permit"));
        Assert.Equal(("t2.5.permit", "s1.intro"), (chat.Conversation.QuestionId, chat.Conversation.ResumeQuestionId));

        chat.Say("18");
        Assert.Equal("18", chat.Answers["t2.5.permit.decisions"]);
        Assert.Equal(("s1.intro", (string?)null), (chat.Conversation.QuestionId, chat.Conversation.ResumeQuestionId));

        chat.Do(i => i.Back());
        Assert.Equal(InterviewTexts.FirstQuestion, chat.Last[0].Text);
    }

    [Fact]
    public void SubmittingAnIncompleteReportListsWhatIsMissingAndStays()
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.Submit());

        Assert.Equal(InterviewState.Answering, chat.State);
        Assert.StartsWith(InterviewTexts.SubmitBlocked, chat.LastText, StringComparison.Ordinal);
        Assert.Null(chat.LastStatusChange);
    }
}
