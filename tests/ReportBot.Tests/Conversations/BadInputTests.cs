using ReportBot.Conversations;

namespace ReportBot.Tests.Conversations;

/// <summary>Every wrong or hostile input gets a short Chinese reply and changes nothing already saved.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Theory]
    [InlineData("abc", "非负整数")]
    [InlineData("十八", "非负整数")]
    [InlineData("-3", "负数")]
    [InlineData("－３", "负数")]
    [InlineData("2.5", "整数")]
    [InlineData("/", "非负整数")]
    public async Task AWrongNumberIsRefusedWithTheExpectedFormAndNothingChanges(string input, string expected)
    {
        await InterviewSteps.ToPermitAsync(chat);
        var before = await chat.SavedStateAsync();

        await chat.SendAsync(input);

        Assert.Contains(expected, chat.LastText, StringComparison.Ordinal);
        Assert.Contains("例如", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("二、主动公开 · 3/6", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(before, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task FullWidthDigitsAreAcceptedAsTheNumberTheyShow()
    {
        await InterviewSteps.ToPermitAsync(chat);

        await chat.SendAsync("１８");

        Assert.Equal("18", (await chat.AnswersAsync())["t2.5.permit.decisions"]);
    }

    [Fact]
    public async Task ATenThousandCharacterMessageIsRefusedAndNothingChanges()
    {
        await InterviewSteps.ToPermitAsync(chat);
        var before = await chat.SavedStateAsync();

        await chat.SendAsync(new string('数', 10_000));

        Assert.Contains("消息过长（10000字）", chat.LastText, StringComparison.Ordinal);
        // At a number question: no advice about splitting a text, and the question again.
        Assert.DoesNotContain("分成几条", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("行政许可", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(before, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task AStickerOrAFileGetsAReplySayingWhatIsExpected()
    {
        await InterviewSteps.ToPermitAsync(chat);
        var before = await chat.SavedStateAsync();

        await chat.DeliverAsync(new IncomingMessage("test", chat.UserId, chat.UserId, UpdateId: 1_000_000_900));
        Assert.Contains("文字", chat.LastText, StringComparison.Ordinal);
        await chat.DeliverAsync(new IncomingMessage("test", chat.UserId, chat.UserId, File: new IncomingFile("x.pdf", 10), UpdateId: 1_000_000_901));
        Assert.Contains("没能读取这个文件", chat.LastText, StringComparison.Ordinal);

        Assert.Equal(before, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task AStrangerIsRefusedAndNothingOfTheirsIsStored()
    {
        await InterviewSteps.ToPermitAsync(chat);
        var before = await chat.SavedStateAsync();

        var replies = await chat.DeliverAsync(new IncomingMessage("test", 777, 777, Text: "/new", UpdateId: 1_000_000_950, UserName: "stranger"));

        Assert.Contains("协调员", Assert.Single(replies).Text, StringComparison.Ordinal);
        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        Assert.Null(await s.FindPersonAsync(777, CancellationToken.None));
        Assert.Equal(Core.Interviews.InterviewState.Idle, (await s.ConversationAsync(777, CancellationToken.None)).State);
        Assert.Equal(before, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task AStaleButtonChangesNothingAndSaysTheQuestionMovedOn()
    {
        await InterviewSteps.StartAsync(chat);
        await chat.SendAsync("概述文字。");
        var oldSave = chat.Last.SelectMany(r => r.AllButtons).Single(b => b.Label == "撤销").Choice;
        await chat.SendAsync("主动公开文字。");
        var before = await chat.SavedStateAsync();

        await chat.PressChoiceAsync(oldSave);

        Assert.Contains("已经过去了", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("当前问题：", chat.LastText, StringComparison.Ordinal);
        Assert.Single(chat.Last);
        Assert.Equal(before, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task TheSameUpdateDeliveredTwiceIsHandledOnce()
    {
        await InterviewSteps.ToPermitAsync(chat);
        var update = new IncomingMessage("test", chat.UserId, chat.UserId, Text: "18", UpdateId: 1_000_005_000);
        await chat.DeliverAsync(update);
        var after = await chat.SavedStateAsync();

        var replies = await chat.DeliverAsync(update);

        Assert.Empty(replies);
        Assert.Equal(after, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task UpdateIdsThatStartAgainLowerAreStillHandled()
    {
        await InterviewSteps.ToPermitAsync(chat);
        await chat.DeliverAsync(new IncomingMessage("test", chat.UserId, chat.UserId, Text: "/help", UpdateId: 2_000_000_000_000));

        // After a week without updates Telegram may pick new ids at random, lower than the last.
        var replies = await chat.DeliverAsync(new IncomingMessage("test", chat.UserId, chat.UserId, Text: "18", UpdateId: 1_000_000_050));

        Assert.NotEmpty(replies);
        Assert.Equal("18", (await chat.AnswersAsync())["t2.5.permit.decisions"]);
    }

    [Fact]
    public async Task ARowWhoseTypedTotalDoesNotAddUpIsRejectedWithBothSides()
    {
        await InterviewSteps.ToTable3Async(chat);
        var before = await chat.SavedStateAsync();

        await chat.SendAsync("1 2 0 0 0 0 4");

        Assert.Contains("未保存", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("R2 “一”行：总计(4) ≠ 自然人(1)+商业企业(2)+科研机构(0)+社会公益组织(0)+法律服务机构(0)+其他(0)=3，相差1", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(before, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task ARowWithTheWrongCountOfNumbersIsRefused()
    {
        await InterviewSteps.ToTable3Async(chat);
        var before = await chat.SavedStateAsync();

        await chat.SendAsync("1 2 3");

        Assert.Contains("需要6个整数", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("三、表三 · 1/24", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(before, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task AFeeIsAcceptedInYuanAndStoredInWanYuan()
    {
        await InterviewSteps.ToPermitAsync(chat);
        await chat.SendAsync("18");
        await chat.PressAsync("本组其余全为0");

        await chat.SendAsync("8880113元");

        Assert.Equal("888.0113", (await chat.AnswersAsync())["t2.8.fees.amount"]);
    }

    [Fact]
    public async Task AnUnknownCommandIsAnsweredWithTheCommandsThatExist()
    {
        await InterviewSteps.ToPermitAsync(chat);
        var before = await chat.SavedStateAsync();

        await chat.SendAsync("/drop_table");

        Assert.Contains("/review", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(before, await chat.SavedStateAsync());
    }
}
