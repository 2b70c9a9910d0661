using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

/// <summary>Answering questions and drafting a text: what each accepts, and what a draft refuses.</summary>
public sealed class DraftingAndAnsweringTests
{
    [Fact]
    public void ATextIsSavedOnSendAndItsMessageOffersAppendRewriteAndUndo()
    {
        var chat = InterviewDriver.AtFirstQuestion().Say("第一句。");

        Assert.Equal((InterviewState.Answering, "s1.active"), (chat.State, chat.Conversation.QuestionId));
        Assert.Equal("第一句。", chat.Answers["s1.intro"]);
        var reply = Assert.Single(chat.Last);
        Assert.StartsWith("✅ 已保存：总体情况概述（共4字）", reply.Text, StringComparison.Ordinal);
        Assert.Contains("（一）主动公开", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["追加", "重写", "撤销"], reply.Buttons[0].Select(b => b.Label));
    }

    [Fact]
    public void AppendAddsTheNextTextToTheSavedOneAndGoesOnFromWhereThePersonWas()
    {
        var chat = InterviewDriver.AtFirstQuestion().Say("第一句。").Press("追加");
        Assert.Equal("s1.intro", chat.Conversation.QuestionId);

        chat.Say("第二句。");

        Assert.Equal("第一句。\n第二句。", chat.Answers["s1.intro"]);
        Assert.Equal(("s1.active", (string?)null), (chat.Conversation.QuestionId, chat.Conversation.ResumeQuestionId));
    }

    [Fact]
    public void UndoTakesTheSavedTextBackAndRewriteReplacesIt()
    {
        var chat = InterviewDriver.AtFirstQuestion().Say("草稿。").Press("撤销");
        Assert.Equal("s1.intro", chat.Conversation.QuestionId);
        Assert.False(chat.Answers.ContainsKey("s1.intro"));

        chat.Say("又一稿。").Press("重写").Say("定稿。");
        Assert.Equal("定稿。", chat.Answers["s1.intro"]);
        Assert.Equal("s1.active", chat.Conversation.QuestionId);
    }

    [Fact]
    public void ATextArrivingSecondsAfterASavedOneIsJoinedToIt()
    {
        var at = new DateTimeOffset(2024, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var chat = InterviewDriver.AtFirstQuestion();
        var cut = string.Concat(Enumerable.Repeat("长文第一段，", 700));
        chat.Now = at;
        chat.Say(cut);
        chat.Now = at.AddSeconds(1);
        chat.Say("长文第二段。");

        Assert.Equal(cut + "长文第二段。", chat.Answers["s1.intro"]);
        Assert.Equal("s1.active", chat.Conversation.QuestionId);
        Assert.False(chat.Answers.ContainsKey("s1.active"));

        chat.Now = at.AddMinutes(1);
        chat.Say("主动公开。");
        Assert.Equal("主动公开。", chat.Answers["s1.active"]);
    }

    [Fact]
    public void ADraftsButtonsAreNotNowOutsideADraft()
    {
        var chat = InterviewDriver.AtFirstQuestion();

        Assert.Equal(InterviewTexts.NotNow, chat.Do(i => i.Choose("save")).LastText);
        Assert.Equal(InterviewTexts.SavedTextGone, chat.Do(i => i.Choose("rewrite")).LastText);
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
        Assert.StartsWith(InterviewTexts.FirstQuestion, chat.Last[0].Text, StringComparison.Ordinal);
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
