using ReportBot.Storage;
using ReportBot.Tests.Fakes;

namespace ReportBot.Tests.EndToEnd;

/// <summary>The hostile edge: strangers, groups, forged names and a wrong token cost nothing and change nothing.</summary>
public sealed class TelegramEdgeTests
{
    private const long Coordinator = BotHarness.Coordinator;
    private const string Refusal = "不能使用本机器人";

    [Fact]
    public async Task AStrangersEditGetsOneRefusalAndNotTheStaffNotice()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.HandledAsync(bot.Api.EditText(4242, 77, "改过的内容"));
        await bot.HandledAsync(bot.Api.SendText(4242, "再试一次"));

        var said = Assert.Single(bot.Api.Messages, m => m.ChatId == 4242);
        Assert.Contains(Refusal, said.Text, StringComparison.Ordinal);
        await AssertNothingStoredAsync(bot, 4242);
    }

    [Fact]
    public async Task AStrangersPressIsAnsweredWithTheRefusalAndEditsNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(Coordinator, "/new");
        await bot.SayAsync(Coordinator, "测试局");
        await bot.SayAsync(Coordinator, "2023");
        var question = bot.Api.Messages.Last(m => m.ChatId == Coordinator && m.AllButtons.Any());
        var (messages, edits) = (bot.Api.Messages.Count, bot.Api.Edits.Count);

        await bot.HandledAsync(bot.Api.Press(4343, question.MessageId, question.AllButtons.First().Data!));

        var answer = Assert.Single(bot.Api.CallbackAnswers);
        Assert.Contains(Refusal, answer.Text, StringComparison.Ordinal);
        Assert.Equal(messages, bot.Api.Messages.Count);
        Assert.Equal(edits, bot.Api.Edits.Count);
        await AssertNothingStoredAsync(bot, 4343);
    }

    [Fact]
    public async Task AStrangersZipBombIsNeverDownloaded()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.HandledAsync(bot.Api.SendDocument(4444, "报告.docx", FakeBotApiHostileFiles.ZipBomb(64)));

        Assert.Equal(0, bot.Api.CallCount("getFile"));
        Assert.Equal(0, bot.Api.CallCount("file"));
        Assert.Contains(Refusal, Assert.Single(bot.Api.Messages, m => m.ChatId == 4444).Text, StringComparison.Ordinal);
        await AssertNothingStoredAsync(bot, 4444);
    }

    [Fact]
    public async Task ACoordinatorsZipOfReportsIsAnsweredWithOneSummaryAndTheDetailsDocument()
    {
        await using var bot = await BotHarness.StartAsync();
        var zip = Conversations.ArchiveCheckTests.Zip(("人防办2023.txt", System.Text.Encoding.UTF8.GetBytes(SeedReport.Text)), ("空.txt", [0x20]));

        await bot.HandledAsync(bot.Api.SendDocument(Coordinator, "报告.zip", zip));

        var summary = await bot.Api.WaitForDocumentAsync(d => d.ChatId == Coordinator && d.FileName == "报告-检查结果.csv");
        Assert.Contains("检查“报告.zip”中的2份文件", summary.Caption, StringComparison.Ordinal);
        Assert.Contains("人防办2023.txt｜焦作市人防办｜2023年｜错误0", summary.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoordinatorsZipBombIsRefusedWithAShortReason()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.HandledAsync(bot.Api.SendDocument(Coordinator, "报告.zip", FakeBotApiHostileFiles.ZipBomb(64)));

        Assert.Contains(bot.Api.Messages, m => m.ChatId == Coordinator && m.Text.Contains("压缩包解压后过大", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AForgedLogLineInAStrangersNameIsEscaped()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.Rename(4545, "小王\r\nfail: ReportBot.Hosting.TelegramWorker[0]\u001b[2J");

        await bot.HandledAsync(bot.Api.SendText(4545, "/start"));

        var line = Assert.Single(bot.Logs, l => l.Contains("4545", StringComparison.Ordinal));
        Assert.Contains(@"小王\r\nfail: ReportBot.Hosting.TelegramWorker[0]\u001b[2J", line, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Logs, l => l.Any(c => c is '\r' or '\n' or '\u001b'));
    }

    [Theory]
    [InlineData("member")]
    [InlineData("administrator")]
    public async Task TheBotLeavesAGroupItIsAddedToInAnyRole(string status)
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.HandledAsync(bot.Api.AddToGroup(Coordinator, -100777, status));

        Assert.Contains(-100777, bot.Api.LeftChats);
        Assert.Contains(bot.Api.Messages, m => m.ChatId == -100777 && m.Text.Contains("私聊", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWrongTokenStopsTheBotWithAClearMessageAndANonZeroExit()
    {
        await using var api = await FakeBotApi.StartAsync();
        var db = Path.Combine(Path.GetTempPath(), $"reportbot-401-{Guid.NewGuid():N}.db");

        var run = ProgramRunner.RunAsync("", ["bot", "--db", db], new Dictionary<string, string>
        {
            ["Bot__Token"] = "654321:WRONG-token_abcdefghijklmnopqrstuv",
            ["Bot__BaseUrl"] = api.BaseUrl,
        });
        var (code, output, error) = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, code);
        Assert.Contains("Telegram refused the bot token (401", output + error, StringComparison.Ordinal);
        Assert.Equal(0, api.CallCount("getUpdates"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
    }

    private static async Task AssertNothingStoredAsync(BotHarness bot, long stranger)
    {
        await using var read = await new ReportStore(bot.DbPath).ReadAsync(CancellationToken.None);
        Assert.Null(await read.FindPersonAsync(stranger, CancellationToken.None));
        Assert.Equal(0, await read.PendingInboxAsync(CancellationToken.None));
        Assert.False(await read.KnownSendersAsync([stranger], CancellationToken.None) is { Count: > 0 });
    }
}
