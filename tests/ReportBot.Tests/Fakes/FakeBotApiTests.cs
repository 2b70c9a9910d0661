using System.Diagnostics;
using System.Net;
using System.Text;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ReportBot.Tests.Fakes;

/// <summary>The fake server driven by the real Telegram.Bot client: what passes here, the bot's own tests can rely on.</summary>
public sealed class FakeBotApiTests : IAsyncLifetime
{
    private const long UserId = 1001;

    private FakeBotApi fake = null!;
    private TelegramBotClient bot = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeBotApi.StartAsync();
        bot = Client();
    }

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task GetMeReturnsTheBotUserName()
    {
        var me = await bot.GetMe();

        Assert.Equal(FakeBotApi.BotUserName, me.Username);
        Assert.True(me.IsBot);
        Assert.Equal(FakeBotApi.BotId, me.Id);
        await bot.DeleteWebhook();
        Assert.Equal(1, fake.CallCount("deleteWebhook"));
    }

    [Fact]
    public async Task SentTextComesBackFromGetUpdatesWithItsTextAndChat()
    {
        var id = fake.SendText(UserId, "/start 邀请码");

        var update = Assert.Single(await bot.GetUpdates(timeout: 1));

        Assert.Equal(id, update.Id);
        Assert.Equal("/start 邀请码", update.Message!.Text);
        Assert.Equal(UserId, update.Message.Chat.Id);
        Assert.Equal(ChatType.Private, update.Message.Chat.Type);
        Assert.Equal("用户1001", update.Message.From!.FirstName);
        Assert.Equal(MessageType.Text, update.Message.Type);
        Assert.Equal(MessageEntityType.BotCommand, Assert.Single(update.Message.Entities!).Type);
        Assert.InRange(update.Message.Date, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task AnOffsetPastTheLastUpdateConfirmsItAndTheNextPollWaitsForTheTimeout()
    {
        fake.SendText(UserId, "一");
        var last = fake.SendText(UserId, "二");
        Assert.Equal(2, (await bot.GetUpdates()).Length);

        var clock = Stopwatch.StartNew();
        var none = await bot.GetUpdates(offset: (int)last + 1, timeout: 1);

        Assert.Empty(none);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(3));
        Assert.Empty(await bot.GetUpdates());
        Assert.Equal(((long?)last + 1, 1), fake.GetUpdatesCalls[1]);
    }

    [Fact]
    public async Task LongPollAnswersAsSoonAsAnUpdateArrives()
    {
        var clock = Stopwatch.StartNew();
        var poll = bot.GetUpdates(timeout: 20);
        await fake.WaitUntilAsync(() => fake.CallCount("getUpdates") == 1);
        fake.SendSticker(UserId);

        var update = Assert.Single(await poll);

        Assert.NotNull(update.Message!.Sticker);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task PhotosAndDocumentsFromUsersArriveWithTheirFiles()
    {
        fake.SendPhoto(UserId);
        fake.SendDocument(UserId, "2023年报.docx");

        var updates = await bot.GetUpdates(allowedUpdates: [UpdateType.Message]);

        Assert.Equal(2, updates[0].Message!.Photo!.Length);
        Assert.Equal("2023年报.docx", updates[1].Message!.Document!.FileName);
        Assert.Equal(1024, updates[1].Message!.Document!.FileSize);
    }

    [Fact]
    public async Task AnEditedTextArrivesAsAnEditedMessage()
    {
        fake.SendText(UserId, "18");
        var original = Assert.Single(await bot.GetUpdates()).Message!;

        var id = fake.EditText(UserId, original.MessageId, "19");
        var edited = Assert.Single(await bot.GetUpdates(offset: (int)id)).EditedMessage!;

        Assert.Equal(original.MessageId, edited.MessageId);
        Assert.Equal("19", edited.Text);
        Assert.NotNull(edited.EditDate);
    }

    [Fact]
    public async Task TheRealReceiverLoopPollsAndItsRepliesAreRecorded()
    {
        using var stop = new CancellationTokenSource();
        fake.SendText(UserId, "早");
        var receiving = bot.ReceiveAsync(
            (client, update, ct) => client.SendMessage(update.Message!.Chat, $"收到：{update.Message.Text}", cancellationToken: ct),
            (_, _, _) => Task.CompletedTask,
            new() { AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery] },
            stop.Token);

        await fake.WaitForMessageAsync(m => m.Text == "收到：早");
        fake.SendText(UserId, "好");
        await fake.WaitForMessageAsync(m => m.Text == "收到：好");
        await stop.CancelAsync();
        await receiving;

        Assert.Equal(2, fake.Messages.Count);
        Assert.Equal(30, fake.GetUpdatesCalls[0].Timeout);
    }

    [Fact]
    public async Task DroppingPendingUpdatesSkipsWhatCameBeforeTheBotStarted()
    {
        using var stop = new CancellationTokenSource();
        fake.SendText(UserId, "旧1");
        fake.SendText(UserId, "旧2");
        var receiving = bot.ReceiveAsync(
            (client, update, ct) => client.SendMessage(update.Message!.Chat, update.Message.Text!, cancellationToken: ct),
            (_, _, _) => Task.CompletedTask,
            new() { DropPendingUpdates = true },
            stop.Token);
        await fake.WaitUntilAsync(() => fake.CallCount("getUpdates") >= 2);

        fake.SendText(UserId, "新");
        await fake.WaitForMessageAsync(m => m.Text == "新");
        await stop.CancelAsync();
        await receiving;

        Assert.Equal(["新"], fake.Messages.Select(m => m.Text));
        Assert.Equal(-1, fake.GetUpdatesCalls[0].Offset);
    }

    [Fact]
    public async Task SendMessageRecordsInlineButtonsAndHtmlParseMode()
    {
        var keyboard = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("保存", "save"), InlineKeyboardButton.WithCallbackData("取消", "cancel")],
            [InlineKeyboardButton.WithCallbackData("返回", "back")],
        ]);

        var sent = await bot.SendMessage(UserId, "<b>第一项</b> 1 &lt; 2", ParseMode.Html, replyMarkup: keyboard);

        var recorded = Assert.Single(fake.Messages);
        Assert.Equal(sent.MessageId, recorded.MessageId);
        Assert.Equal(UserId, recorded.ChatId);
        Assert.Equal("<b>第一项</b> 1 &lt; 2", recorded.Text);
        Assert.Equal("html", recorded.ParseMode, ignoreCase: true);
        Assert.Equal([new("保存", "save"), new("取消", "cancel")], recorded.Buttons[0]);
        Assert.Equal(new InlineButton("返回", "back"), Assert.Single(recorded.Buttons[1]));
        Assert.Equal("第一项 1 < 2", sent.Text);
        Assert.Equal("save", sent.ReplyMarkup!.InlineKeyboard.First().First().CallbackData);
    }

    [Fact]
    public async Task HtmlTelegramCannotParseIsRefusedAsABadRequest()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(UserId, "收入 < 支出", ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.Contains("can't parse entities", error.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Messages);
    }

    [Fact]
    public async Task PressDeliversACallbackQueryCarryingTheBotMessage()
    {
        var sent = await bot.SendMessage(UserId, "确认提交？", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("提交", "submit")));

        fake.Press(UserId, sent.MessageId, "submit");
        var query = Assert.Single(await bot.GetUpdates()).CallbackQuery!;

        Assert.Equal("submit", query.Data);
        Assert.Equal(UserId, query.From.Id);
        Assert.Equal(sent.MessageId, query.Message!.MessageId);
        Assert.Equal("确认提交？", query.Message.Text);
        Assert.Equal("提交", query.Message.ReplyMarkup!.InlineKeyboard.Single().Single().Text);
    }

    [Fact]
    public async Task AnswersAndEditsAreRecordedAndChangeTheStoredMessage()
    {
        var sent = await bot.SendMessage(UserId, "第1题", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("是", "y")));
        fake.Press(UserId, sent.MessageId, "y");
        var query = Assert.Single(await bot.GetUpdates()).CallbackQuery!;

        await bot.AnswerCallbackQuery(query.Id, "已保存");
        var edited = await bot.EditMessageText(UserId, sent.MessageId, "第1题：是", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("改", "change")));
        await bot.EditMessageReplyMarkup(UserId, sent.MessageId, replyMarkup: null);

        Assert.Equal(new CallbackAnswer(query.Id, "已保存", false), Assert.Single(fake.CallbackAnswers));
        Assert.Equal("第1题：是", edited.Text);
        Assert.Collection(
            fake.Edits,
            e => Assert.Equal(("editMessageText", "第1题：是", "change"), (e.Method, e.Text, e.Buttons[0][0].Data)),
            e => Assert.Equal(("editMessageReplyMarkup", (string?)null, 0), (e.Method, e.Text, e.Buttons.Count)));
        var pressId = fake.Press(UserId, sent.MessageId, "change");
        var pressedAgain = Assert.Single(await bot.GetUpdates(offset: (int)pressId)).CallbackQuery!;
        Assert.Equal("第1题：是", pressedAgain.Message!.Text);
        Assert.Null(pressedAgain.Message.ReplyMarkup);
        var notModified = await Assert.ThrowsAsync<ApiRequestException>(() => bot.EditMessageText(UserId, sent.MessageId, "第1题：是"));
        Assert.Contains("message is not modified", notModified.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDocumentRecordsTheChineseFileNameAndExactBytes()
    {
        const string FileName = "焦作市人防办2023年政府信息公开工作年度报告（草稿）.docx";
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray();

        var sent = await bot.SendDocument(UserId, InputFile.FromStream(new MemoryStream(bytes), FileName), caption: "草稿 <i>仅供核对</i>", parseMode: ParseMode.Html);

        var recorded = await fake.WaitForDocumentAsync(d => d.ChatId == UserId);
        Assert.Equal(FileName, recorded.FileName);
        Assert.Equal(bytes, recorded.Content);
        Assert.Equal("草稿 <i>仅供核对</i>", recorded.Caption);
        Assert.Equal(FileName, sent.Document!.FileName);
        Assert.Equal(bytes.Length, sent.Document.FileSize);
        Assert.Equal("草稿 仅供核对", sent.Caption);
    }

    [Fact]
    public async Task SetMyCommandsRecordsChineseDescriptions()
    {
        await bot.SetMyCommands([new BotCommand("start", "继续或开始填报"), new BotCommand("snapshot", "当前草稿（.docx）")]);

        Assert.Equal([("start", "继续或开始填报"), ("snapshot", "当前草稿（.docx）")], fake.Commands);
    }

    [Fact]
    public async Task TooManyRequestsSurfacesWithRetryAfterWhenTheClientDoesNotRetry()
    {
        var noRetry = Client(new TelegramBotClientOptions(FakeBotApi.Token, fake.BaseUrl) { RetryThreshold = 0 });
        fake.FailNext("sendMessage", 1, 429, retryAfter: 2);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => noRetry.SendMessage(UserId, "你好"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(2, error.Parameters!.RetryAfter);
        await noRetry.SendMessage(UserId, "你好");
        Assert.Equal(2, fake.CallCount("sendMessage"));
        Assert.Single(fake.Messages);
    }

    [Fact]
    public async Task ServerErrorSurfacesAsApiRequestException()
    {
        fake.FailNext("sendMessage", 1, 500);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(UserId, "你好"));

        Assert.Equal(500, error.ErrorCode);
        Assert.Empty(fake.Messages);
    }

    [Fact]
    public async Task AHungGetUpdatesTimesOutOnTheClientAndWorksOnceReleased()
    {
        var impatient = Client(timeout: TimeSpan.FromSeconds(2));
        fake.SendText(UserId, "在吗");
        fake.Hang("getUpdates", true);

        var error = await Record.ExceptionAsync(() => impatient.GetUpdates());

        Assert.IsType<RequestException>(error);
        fake.Hang("getUpdates", false);
        Assert.Equal("在吗", Assert.Single(await impatient.GetUpdates()).Message!.Text);
    }

    [Fact]
    public async Task DisposeDoesNotWaitForHungOrLongPollingRequests()
    {
        fake.Hang("getMe", true);
        var hung = bot.GetMe();
        var polling = bot.GetUpdates(timeout: 25);
        await fake.WaitUntilAsync(() => fake.CallCount("getMe") == 1 && fake.CallCount("getUpdates") == 1);

        var clock = Stopwatch.StartNew();
        await fake.DisposeAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"dispose took {clock.Elapsed}");
        await Assert.ThrowsAnyAsync<Exception>(() => hung);
        await Assert.ThrowsAnyAsync<Exception>(() => polling);
    }

    [Fact]
    public async Task LeaveChatIsRecordedAndTheBotCannotWriteThereAnymore()
    {
        fake.SendText(UserId, "/start", chatType: "supergroup", chatId: -100123);

        await bot.LeaveChat(-100123);

        Assert.Equal([-100123L], fake.LeftChats);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(-100123, "再见"));
        Assert.Equal(403, error.ErrorCode);
    }

    [Fact]
    public async Task RedeliverReturnsTheSameUpdateAgain()
    {
        var id = fake.SendText(UserId, "12");
        var first = Assert.Single(await bot.GetUpdates());

        Assert.Equal(id, fake.Redeliver(id));
        var again = Assert.Single(await bot.GetUpdates(offset: first.Id + 1));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal("12", again.Message!.Text);
        Assert.Empty(await bot.GetUpdates(offset: first.Id + 1));
    }

    [Fact]
    public async Task UnknownMethodsAndWrongTokensAnswerAsTelegramDoes()
    {
        using var http = new HttpClient();
        using var body = new StringContent("{}", Encoding.UTF8, "application/json");

        var unknown = await http.PostAsync(new Uri($"{fake.BaseUrl}/bot{FakeBotApi.Token}/sendTelepathy"), body);
        var wrongToken = await Assert.ThrowsAsync<ApiRequestException>(() => Client(new TelegramBotClientOptions("654321:WRONG-token_abcdefghijklmnopqrst", fake.BaseUrl)).GetMe());

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("""{"ok":false,"error_code":404,"description":"Not Found: method not found"}""", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(401, wrongToken.ErrorCode);
    }

    private TelegramBotClient Client(TelegramBotClientOptions? options = null, TimeSpan? timeout = null) =>
        new(options ?? new TelegramBotClientOptions(FakeBotApi.Token, fake.BaseUrl), new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(30) });
}
