using ReportBot.Storage;

namespace ReportBot.Tests.EndToEnd;

/// <summary>Strangers, stale buttons, duplicates, restarts and a failing server: nothing acknowledged is lost.</summary>
public sealed class TelegramFaultTests
{
    private const long Coordinator = BotHarness.Coordinator;

    [Fact]
    public async Task AStrangerIsRefusedOnceAndNothingOfTheirsIsStored()
    {
        await using var bot = await BotHarness.StartAsync();

        var update = bot.Api.SendText(4242, "/start");
        await bot.HandledAsync(update);

        Assert.Contains("协调员", bot.LastText(4242), StringComparison.Ordinal);
        await using var store = await new ReportStore(bot.DbPath).ReadAsync(CancellationToken.None);
        Assert.Null(await store.FindPersonAsync(4242, CancellationToken.None));
        Assert.False(await store.WasHandledAsync("telegram:4242", update, CancellationToken.None));
    }

    [Fact]
    public async Task AStaleButtonChangesNothing()
    {
        await using var bot = await StartedReportAsync();
        await bot.SayAsync(Coordinator, "第一稿。");
        var oldPreview = bot.Api.Messages.Last(m => m.ChatId == Coordinator);
        await bot.PressAsync(Coordinator, "重写");
        await bot.SayAsync(Coordinator, "第二稿。");
        var before = await AnswersAsync(bot);

        await bot.HandledAsync(bot.Api.Press(Coordinator, oldPreview.MessageId, oldPreview.AllButtons.First(b => b.Text == "撤销").Data!));

        Assert.Contains("已经过去了", bot.TextsSince(Coordinator, bot.Api.Messages.Count - 3), StringComparison.Ordinal);
        Assert.Equal(before, await AnswersAsync(bot));
        Assert.Equal("第二稿。", before["s1.intro"]);
    }

    [Fact]
    public async Task TheLastBatchRedeliveredAfterARestartChangesNothing()
    {
        await using var bot = await StartedReportAsync();
        var skip = bot.Api.SendText(Coordinator, "/skip");
        await bot.HandledAsync(skip);
        var text = bot.Api.SendText(Coordinator, "主动公开。");
        await bot.HandledAsync(text);
        var answers = await AnswersAsync(bot);

        await bot.StopHostAsync();
        await bot.StartHostAsync();
        var sent = bot.Api.Messages.Count;
        var again = bot.Api.Redeliver(skip);
        bot.Api.Redeliver(text);
        await bot.HandledAsync(again);
        Assert.Equal(answers, await AnswersAsync(bot));
        Assert.Equal(sent, bot.Api.Messages.Count);

        // The conversation goes on at the same question.
        await bot.SayAsync(Coordinator, "依申请公开。");
        Assert.Contains("✅ 已保存：（二）依申请公开（共6字）", bot.TextsSince(Coordinator, sent), StringComparison.Ordinal);
        Assert.Equal(answers.Append(KeyValuePair.Create("s1.request", "依申请公开。")).OrderBy(a => a.Key), (await AnswersAsync(bot)).OrderBy(a => a.Key));
    }

    [Fact]
    public async Task TheBotRecoversFrom429And500sAndAHungServerWithoutLosingAnAnswer()
    {
        await using var bot = await StartedReportAsync();
        await bot.SayAsync(Coordinator, "概述。");

        bot.Api.FailNext("getUpdates", 1, 429, retryAfter: 1);
        bot.Api.FailNext("getUpdates", 3, 500);
        await bot.SayAsync(Coordinator, "主动公开。");

        bot.Api.Hang("getUpdates", true);
        var during = bot.Api.SendText(Coordinator, "依申请公开。");
        await Task.Delay(TimeSpan.FromSeconds(4));
        bot.Api.Hang("getUpdates", false);
        await bot.HandledAsync(during, TimeSpan.FromSeconds(30));

        // A failed send is retried from the outbox: the real reply arrives, not an apology.
        var sent = bot.Api.Messages.Count;
        bot.Api.FailNext("sendMessage", 1, 500);
        Assert.Contains("一、总体情况 · 4/6", bot.LastText(Coordinator), StringComparison.Ordinal);
        Assert.DoesNotContain("发送 /start", bot.TextsSince(Coordinator, sent), StringComparison.Ordinal);

        var answers = await AnswersAsync(bot);
        Assert.Equal("概述。", answers["s1.intro"]);
        Assert.Equal("主动公开。", answers["s1.active"]);
        Assert.Equal("依申请公开。", answers["s1.request"]);
    }

    [Fact]
    public async Task HostileAndUnusualMessagesGetClearRepliesAndChangeNothing()
    {
        await using var bot = await StartedReportAsync();
        var before = await AnswersAsync(bot);
        var sent = bot.Api.Messages.Count;

        await bot.SayAsync(Coordinator, new string('字', 10_000));
        await bot.HandledAsync(bot.Api.SendSticker(Coordinator));
        await bot.HandledAsync(bot.Api.SendPhoto(Coordinator));
        await bot.HandledAsync(bot.Api.SendDocument(Coordinator, "去年的报告.pdf"));
        await bot.HandledAsync(bot.Api.EditText(Coordinator, 1, "改过的内容"));
        await bot.HandledAsync(bot.Api.SendText(Coordinator, "/start", chatType: "group", chatId: -100123));

        var said = bot.TextsSince(Coordinator, sent);
        Assert.Contains("消息过长（10000字）", said, StringComparison.Ordinal);
        Assert.Contains("只能识别文字", said, StringComparison.Ordinal);
        Assert.Contains("没能读取这个文件", said, StringComparison.Ordinal);
        Assert.Contains("编辑过的消息不会修改", said, StringComparison.Ordinal);
        Assert.Contains(-100123, bot.Api.LeftChats);
        Assert.Contains(bot.Api.Messages, m => m.ChatId == -100123 && m.Text.Contains("私聊", StringComparison.Ordinal));
        Assert.Equal(before, await AnswersAsync(bot));
    }

    [Fact]
    public async Task UserTextWithHtmlCharactersIsEscapedAndLongRepliesAreSplit()
    {
        await using var bot = await StartedReportAsync();
        var sent = bot.Api.Messages.Count;

        await bot.SayAsync(Coordinator, "<b>概述</b> & <script>");
        for (var i = 0; i < 4; i++) await bot.SayAsync(Coordinator, $"第{i}部分" + new string('长', 1900));
        await bot.SayAsync(Coordinator, "/review");

        Assert.Contains("&lt;b&gt;概述&lt;/b&gt; &amp; &lt;script&gt;", bot.TextsSince(Coordinator, sent), StringComparison.Ordinal);
        Assert.Equal("<b>概述</b> & <script>", (await AnswersAsync(bot))["s1.intro"]);
        Assert.All(bot.Api.Messages, m => Assert.True(m.Text.Length <= 4096));
    }

    [Fact]
    public async Task APublishedReportSentAsAFileIsDownloadedCheckedAndTakenAsLastYear()
    {
        await using var bot = await StartedReportAsync();
        var lastYear = SeedReport.Text.Replace("焦作市人防办 2023 年", "测试局 2022 年", StringComparison.Ordinal);

        await bot.HandledAsync(bot.Api.SendDocument(Coordinator, "测试局2022年报告.txt", System.Text.Encoding.UTF8.GetBytes(lastYear)));

        var said = bot.LastText(Coordinator);
        Assert.Contains("🔎 检查“测试局2022年报告.txt”（测试局 2022年）：错误0项，提醒2项。", said, StringComparison.Ordinal);
        Assert.Contains("R13", said, StringComparison.Ordinal);
        Assert.Contains("已将这份报告作为2022年（上年）数据", said, StringComparison.Ordinal);
        Assert.Equal("0", (await AnswersAsync(bot))["prev.t3.carryover.natural"]);
    }

    [Fact]
    public async Task AnUploadHangingInOneChatDoesNotDelayAnotherChat()
    {
        await using var bot = await StartedReportAsync(requestSeconds: 15);
        await bot.SayAsync(Coordinator, "/invite");
        var code = System.Text.RegularExpressions.Regex.Match(bot.LastText(Coordinator), "start=([A-Za-z0-9_-]+)").Groups[1].Value;
        await bot.SayAsync(BotHarness.Staff, $"/start {code}");

        bot.Api.Hang("sendDocument", true);
        var snapshot = bot.Api.SendText(Coordinator, "/snapshot");
        await bot.Api.WaitUntilAsync(() => bot.Api.CallCount("sendDocument") == 1);
        bot.Api.SendText(BotHarness.Staff, "概述。");

        // Throws if the staff reply does not arrive while the coordinator's upload is still hanging.
        await bot.Api.WaitForMessageAsync(m => m.ChatId == BotHarness.Staff && m.Text.Contains("已保存：总体情况概述（共3字）", StringComparison.Ordinal), TimeSpan.FromSeconds(8));
        Assert.Empty(bot.Api.Documents);
        bot.Api.Hang("sendDocument", false);
        await bot.HandledAsync(snapshot);
        Assert.Single(bot.Api.Documents);
    }

    /// <summary>The coordinator has started a report and stands at its first question.</summary>
    private static async Task<BotHarness> StartedReportAsync(int requestSeconds = 2)
    {
        var bot = await BotHarness.StartAsync(requestSeconds: requestSeconds);
        await bot.SayAsync(Coordinator, "/new");
        await bot.SayAsync(Coordinator, "测试局");
        await bot.SayAsync(Coordinator, "2023");
        return bot;
    }

    private static async Task<Dictionary<string, string>> AnswersAsync(BotHarness bot)
    {
        await using var s = await new ReportStore(bot.DbPath).ReadAsync(CancellationToken.None);
        return await s.AnswersAsync(1, CancellationToken.None);
    }
}
