namespace ReportBot.Tests.Storage;

/// <summary>A conversation half done, the store reopened on the same file: it continues at the same question.</summary>
public sealed class ResumeTests : IDisposable
{
    private readonly ChatDriver first = new();

    public void Dispose() => first.Dispose();

    [Fact]
    public async Task AReopenedStoreContinuesAtTheSameQuestionWithEveryAnswerIntact()
    {
        await Conversations.InterviewSteps.ToTable3Async(first);
        await first.SendAsync("1 0 0 0 0 0");
        await first.SendAsync("0");
        var answersBefore = await first.AnswersAsync();

        var second = new ChatDriver(first.DbPath, first.UserId);
        await second.SendAsync("/start");
        Assert.Contains("继续上次的填写", second.LastText, StringComparison.Ordinal);
        Assert.Contains("三、表三 · 3/24", second.LastText, StringComparison.Ordinal);

        await second.SendAsync("1 0 0 0 0 0");
        var answersAfter = await second.AnswersAsync();
        Assert.Equal("1", answersAfter["t3.granted.natural"]);
        Assert.All(answersBefore, a => Assert.Equal(a.Value, answersAfter[a.Key]));
        Assert.Contains("三、表三 · 4/24", second.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendingToASavedTextSurvivesAReopen()
    {
        await Conversations.InterviewSteps.StartAsync(first);
        await first.SendAsync("第一部分。");
        await first.PressAsync("追加");

        var second = new ChatDriver(first.DbPath, first.UserId);
        await second.SendAsync("第二部分。");
        Assert.Contains("✅ 已保存：总体情况概述（共11字）", second.LastText, StringComparison.Ordinal);

        Assert.Equal("第一部分。\n第二部分。", (await second.AnswersAsync())["s1.intro"]);
    }

    [Fact]
    public async Task TheSchemaIsMigratedOnceAndReopeningChangesNothing()
    {
        await Conversations.InterviewSteps.StartAsync(first);
        var before = await first.SavedStateAsync();

        var reopened = new ChatDriver(first.DbPath, first.UserId);

        Assert.Equal(before, await reopened.SavedStateAsync());
    }
}
