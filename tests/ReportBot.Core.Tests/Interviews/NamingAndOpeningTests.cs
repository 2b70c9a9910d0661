using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

/// <summary>Idle, naming a new report, and opening one: each mode, and what it refuses.</summary>
public sealed class NamingAndOpeningTests
{
    [Fact]
    public void ACoordinatorWhoStartsIsAskedForTheAgency()
    {
        var chat = new InterviewDriver().Do(i => i.Start());

        Assert.Equal(InterviewState.NamingAgency, chat.State);
        Assert.Equal(new NamingDialog(null), chat.Conversation.Dialog);
        Assert.Contains(InterviewTexts.AskAgency, chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffWithoutAReportAreToldToAskForAnInvitationAndCannotCreateOne()
    {
        var chat = new InterviewDriver { Coordinator = false };

        Assert.Equal(InterviewTexts.NoReportForStaff, chat.Do(i => i.Start()).LastText);
        Assert.Equal(InterviewTexts.CoordinatorsCreate, chat.Do(i => i.NewReport()).LastText);
        Assert.Equal(InterviewState.Idle, chat.State);
    }

    [Fact]
    public void IdleAnswersSayHowToStartAndMovesAreNotNow()
    {
        var chat = new InterviewDriver();

        Assert.Equal(InterviewTexts.StartFirst, chat.Say("18").LastText);
        Assert.Equal(InterviewTexts.NotNow, chat.Do(i => i.Back()).LastText);
        Assert.Equal(InterviewTexts.NotNow, chat.Do(i => i.Review()).LastText);
        Assert.Equal(InterviewTexts.NothingToCancel, chat.Do(i => i.Cancel()).LastText);
        Assert.Equal(new ConversationState(), chat.Conversation);
    }

    [Fact]
    public void AnAgencyNameTooShortIsAskedAgainAndBackFromTheYearReturnsToTheName()
    {
        var chat = new InterviewDriver().Do(i => i.NewReport());

        Assert.Equal(InterviewTexts.AgencyInvalid, chat.Say("局").LastText);
        Assert.Equal(InterviewState.NamingYear, chat.Say("测试局").State);
        Assert.Equal(new NamingDialog("测试局"), chat.Conversation.Dialog);
        Assert.Equal(InterviewTexts.NotNow, chat.Do(i => i.Skip()).LastText);
        chat.Do(i => i.Back());

        Assert.Equal(InterviewState.NamingAgency, chat.State);
        Assert.Equal(InterviewTexts.AskAgency, chat.LastText);
    }

    [Fact]
    public void AYearOutOfRangeIsRefusedAndAValidOneOpensTheReportAtItsFirstQuestion()
    {
        var chat = new InterviewDriver().Do(i => i.NewReport()).Say("测试局");

        Assert.Equal(InterviewTexts.YearOutOfRange(2021, 2026), chat.Say("2030").LastText);
        chat.Say("2023年");

        Assert.Equal(InterviewState.Answering, chat.State);
        Assert.Equal((1L, "s1.intro", (InterviewDialog?)null), (chat.Conversation.ReportId!.Value, chat.Conversation.QuestionId!, chat.Conversation.Dialog));
        Assert.Contains("测试局2023年政府信息公开工作年度报告", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("一、总体情况 · 1/6", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void CancellingTheNamingForgetsTheAgencyAndReturnsToWhereThePersonWas()
    {
        var fresh = new InterviewDriver().Do(i => i.NewReport()).Say("测试局").Do(i => i.Cancel());
        Assert.Equal(new ConversationState { Version = 3 }, fresh.Conversation);

        var onReport = InterviewDriver.AtFirstQuestion().Do(i => i.NewReport());
        Assert.Equal(InterviewState.NamingAgency, onReport.State);
        onReport.Do(i => i.Cancel());

        Assert.Equal(InterviewState.Answering, onReport.State);
        Assert.Null(onReport.Conversation.Dialog);
        Assert.Contains("一、总体情况 · 1/6", onReport.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void OpeningASubmittedReportShowsItsReviewAndKeepsItSubmitted()
    {
        var chat = new InterviewDriver().OpenExisting(ReportStatus.Submitted, InterviewDriver.Complete());

        Assert.Equal(InterviewState.Submitted, chat.State);
        Assert.Contains("（已提交）", chat.LastText, StringComparison.Ordinal);
        Assert.Null(chat.LastStatusChange);
    }

    [Fact]
    public void OpeningACompleteOpenReportLeadsToItsReview()
    {
        var chat = new InterviewDriver().OpenExisting(ReportStatus.Open, InterviewDriver.Complete());

        Assert.Equal(InterviewState.Reviewing, chat.State);
        Assert.Null(chat.Conversation.QuestionId);
        Assert.Contains("提交报告", chat.Buttons);
    }

    [Fact]
    public void EveryChangeOfTheConversationGrowsItsVersionAndARefusalDoesNot()
    {
        var chat = InterviewDriver.AtFirstQuestion();
        var version = chat.Conversation.Version;

        chat.Do(i => i.Continue());
        Assert.Equal(version, chat.Conversation.Version);
        chat.Do(i => i.Review());
        Assert.Equal(version + 1, chat.Conversation.Version);
    }
}
