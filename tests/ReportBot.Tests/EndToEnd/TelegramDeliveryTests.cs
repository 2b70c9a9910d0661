using ReportBot.Storage;

namespace ReportBot.Tests.EndToEnd;

/// <summary>The durable outbox: failed sends are retried in order, permanent failures are recorded and shown.</summary>
public sealed class TelegramDeliveryTests
{
    private const long Coordinator = BotHarness.Coordinator;
    private const long Colleague = 1002;
    private const long NeverOpened = 1003;
    private const string Apology = "没有处理完";

    [Fact]
    public async Task TheFinishedDocumentReachesEveryCoordinatorWhenTheFirstSendFails()
    {
        await using var bot = await BotHarness.StartAsync(null, 2, Colleague);
        await bot.SayAsync(Colleague, "/start");
        var seed = File.ReadAllLines(SeedReport.ChatFile);

        await bot.PlayAsync(Coordinator, seed[..^2]);
        var sent = bot.Api.Messages.Count;
        bot.Api.FailNext("sendDocument", 1, 502);
        await bot.PlayAsync(Coordinator, seed[^2..]);

        var toSubmitter = Assert.Single(bot.Api.Documents, d => d.ChatId == Coordinator);
        var toColleague = Assert.Single(bot.Api.Documents, d => d.ChatId == Colleague);
        Assert.Equal("焦作市人防办2023年政府信息公开工作年度报告.docx", toColleague.FileName);
        Assert.Equal(toSubmitter.Content, toColleague.Content);
        Assert.Equal(3, bot.Api.CallCount("sendDocument"));
        Assert.DoesNotContain(Apology, bot.TextsSince(Coordinator, sent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoordinatorWhoNeverOpenedTheBotIsShownInStatusAndNobodyGetsAnApology()
    {
        await using var bot = await BotHarness.StartAsync(null, 2, NeverOpened, Colleague);
        bot.Api.Block(NeverOpened);
        await bot.SayAsync(Colleague, "/start");
        var sent = bot.Api.Messages.Count;

        await bot.PlayAsync(Coordinator, File.ReadAllLines(SeedReport.ChatFile));

        // The colleague after the unreachable one in the list still gets the document; the submitter no apology.
        Assert.Single(bot.Api.Documents, d => d.ChatId == Colleague);
        Assert.DoesNotContain(bot.Api.Documents, d => d.ChatId == NeverOpened);
        Assert.DoesNotContain(Apology, bot.TextsSince(Coordinator, sent), StringComparison.Ordinal);
        await bot.SayAsync(Coordinator, "/status");
        var status = bot.LastText(Coordinator);
        Assert.Contains("无法送达", status, StringComparison.Ordinal);
        Assert.Contains($"协调员{NeverOpened}", status, StringComparison.Ordinal);
        Assert.Contains("403", status, StringComparison.Ordinal);
        // One document each: the refused one was tried once, not again and again.
        Assert.Equal(3, bot.Api.CallCount("sendDocument"));
    }

    [Fact]
    public async Task RepliesSurviveResetsAnd429sInOrderAndAFailedKeyboardEditLosesNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(Coordinator, "/new");
        await bot.SayAsync(Coordinator, "测试局");
        await bot.SayAsync(Coordinator, "2023");
        var sent = bot.Api.Messages.Count;

        bot.Api.FailNext("editMessageText", 5, 500);
        bot.Api.FailNext("sendMessage", 1, Fakes.FakeBotApi.ResetBefore);
        bot.Api.FailNext("sendMessage", 1, 429, retryAfter: 1);
        await bot.SayAsync(Coordinator, "概述。");

        var texts = bot.Api.Messages.Skip(sent).Where(m => m.ChatId == Coordinator).Select(m => m.Text).ToList();
        // One message: the saved text and the next question together.
        Assert.Contains("已保存：总体情况概述（共3字）", texts[0], StringComparison.Ordinal);
        Assert.Contains("一、总体情况 · 2/6", texts[^1], StringComparison.Ordinal);
        Assert.Equal(bot.Presses, bot.Api.CallbackAnswers.Count);
    }

    [Fact]
    public async Task AQuestionsKeyboardIsClosedWhenItIsAnsweredAfterARestart()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(Coordinator, "/new");
        await bot.SayAsync(Coordinator, "测试局");
        await bot.SayAsync(Coordinator, "2023");
        var question = bot.Api.Messages.Last(m => m.ChatId == Coordinator);
        Assert.NotEmpty(question.AllButtons);

        await bot.StopHostAsync();
        await bot.StartHostAsync();
        await bot.SayAsync(Coordinator, "概述。");

        // The answered question shows what was saved.
        var edit = Assert.Single(bot.Api.Edits, e => e.MessageId == question.MessageId);
        Assert.Contains("✅ 已保存：总体情况概述（共3字）", edit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpdateThatKeepsFailingIsSetAsideOnceAndTheChatGoesOn()
    {
        var db = Path.Combine(Path.GetTempPath(), $"reportbot-e2e-{Guid.NewGuid():N}.db");
        await using (var bot = await BotHarness.StartAsync(db))
        {
            await bot.SayAsync(Coordinator, "/start");
            await bot.StopHostAsync();
            await using (var session = await new ReportStore(db).BeginAsync(CancellationToken.None))
            {
                // An update the handler chokes on, stored as polling would store it.
                await session.StoreInboxAsync(999_999, Coordinator, Coordinator, """{"update_id":999999,"message":{"message_id":"odd"}}""", DateTimeOffset.UtcNow, CancellationToken.None);
                await session.CommitAsync(CancellationToken.None);
            }
            await bot.StartHostAsync();
            var sent = bot.Api.Messages.Count;
            await bot.SayAsync(Coordinator, "/help");

            Assert.Contains(Apology, bot.TextsSince(Coordinator, sent), StringComparison.Ordinal);
            Assert.Contains("/back", bot.LastText(Coordinator), StringComparison.Ordinal);
            Assert.Single(bot.Logs, l => l.StartsWith("Error:", StringComparison.Ordinal) && l.Contains("999999", StringComparison.Ordinal));
        }
    }
}
