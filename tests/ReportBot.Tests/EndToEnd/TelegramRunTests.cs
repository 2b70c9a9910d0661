using Microsoft.Data.Sqlite;

namespace ReportBot.Tests.EndToEnd;

/// <summary>The sender marks a chat's run of rows sent in one commit: what that must not change.</summary>
public sealed class TelegramRunTests
{
    private const long Coordinator = BotHarness.Coordinator;

    [Fact]
    public async Task AQuestionAndTheClosingOfItsKeyboardInOneRunStillCloseIt()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(Coordinator, "/new");
        await bot.SayAsync(Coordinator, "测试局");
        var sent = bot.Api.Messages.Count;

        // The question's first send is refused for a second, so its row, the edit closing its keyboard and the next
        // question wait in the chat's outbox together and go out as one run.
        bot.Api.FailNext("sendMessage", 1, 429, retryAfter: 1);
        bot.Api.SendText(Coordinator, "2023");
        await bot.SayAsync(Coordinator, "概述。");

        var texts = bot.Api.Messages.Skip(sent).Where(m => m.ChatId == Coordinator).ToList();
        var question = texts[0];
        Assert.NotEmpty(question.AllButtons);
        Assert.Contains("一、总体情况 · 2/6", texts[^1].Text, StringComparison.Ordinal);
        // The keyboard opened earlier in the run was on record when the closing edit was sent.
        var edit = Assert.Single(bot.Api.Edits, e => e.MessageId == question.MessageId);
        Assert.Contains("✅ 已保存：总体情况概述（共3字）", edit.Text, StringComparison.Ordinal);
        Assert.Equal((0L, 0L), await PendingAndUnmarkedAsync(bot.DbPath));
    }

    [Fact]
    public async Task RowsSentBeforeAFailureInTheirRunAreMarkedAndNotSentAgain()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(Coordinator, "/new");
        await bot.SayAsync(Coordinator, "测试局");
        await bot.SayAsync(Coordinator, "2023");
        var sent = bot.Api.Messages.Count;

        // The closing edit succeeds, the reply after it fails twice over (a reset, then 5xx) and is sent once.
        bot.Api.FailNext("sendMessage", 1, Fakes.FakeBotApi.ResetBefore);
        bot.Api.FailNext("sendMessage", 1, 502);
        await bot.SayAsync(Coordinator, "概述。");

        var texts = bot.Api.Messages.Skip(sent).Where(m => m.ChatId == Coordinator).Select(m => m.Text).ToList();
        Assert.Single(texts, t => t.Contains("一、总体情况 · 2/6", StringComparison.Ordinal));
        Assert.Single(bot.Api.Edits, e => (e.Text ?? "").Contains("✅ 已保存：总体情况概述（共3字）", StringComparison.Ordinal));
        Assert.Equal((0L, 0L), await PendingAndUnmarkedAsync(bot.DbPath));
    }

    /// <summary>Rows still pending, and text rows marked sent without the message Telegram made of them.</summary>
    private static async Task<(long Pending, long Unmarked)> PendingAndUnmarkedAsync(string dbPath)
    {
        await using var connection = new SqliteConnection($"Data Source={dbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(
            """
            SELECT (SELECT COUNT(*) FROM telegram_outbox WHERE status = 'pending'),
                   (SELECT COUNT(*) FROM telegram_outbox WHERE status = 'sent' AND kind = 'text' AND message_id IS NULL)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
