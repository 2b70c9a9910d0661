using ReportBot.Conversations;
using ReportBot.Storage;
using ReportBot.Tests.EndToEnd;

namespace ReportBot.Tests.Desk;

/// <summary>On Telegram, with the real client and the fake Bot API: a page button turns the page in the same message.</summary>
public sealed class StatusPagesTelegramTests
{
    [Fact]
    public async Task TurningAPageEditsTheStatusMessageInsteadOfSendingAnother()
    {
        await using var bot = await BotHarness.StartAsync();
        await using (var s = await new ReportStore(bot.DbPath).BeginAsync(CancellationToken.None))
        {
            for (var i = 1; i <= 15; i++) await s.CreateReportAsync(ChatDriver.Context.Format.Id, $"第{i}局", 2023, BotHarness.Coordinator, DateTimeOffset.UtcNow, CancellationToken.None);
            await s.CommitAsync(CancellationToken.None);
        }

        await bot.SayAsync(BotHarness.Coordinator, "/status");
        var status = bot.Api.Messages.Last(m => m.ChatId == BotHarness.Coordinator);
        var sent = bot.Api.Messages.Count;
        await bot.PressAsync(BotHarness.Coordinator, StatusTexts.Next);

        Assert.Contains("（第1/2页）", status.Text, StringComparison.Ordinal);
        Assert.Equal(sent, bot.Api.Messages.Count);
        var edit = Assert.Single(bot.Api.Edits, e => e.MessageId == status.MessageId);
        Assert.Equal("editMessageText", edit.Method);
        Assert.Contains("（第2/2页）", edit.Text, StringComparison.Ordinal);
        Assert.Contains(edit.Buttons.SelectMany(r => r), b => b.Text == StatusTexts.Previous);
        Assert.Single(bot.Api.CallbackAnswers);
    }
}
