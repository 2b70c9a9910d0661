using System.Text.Json;
using ReportBot.Conversations;
using ReportBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ReportBot.Channels;

/// <summary>
/// Handles one stored update: its answer, its delivery id, all its replies (as outbox rows) and the inbox row's
/// completion are one transaction. An update that fails is tried again a little later, then set aside with its
/// reason, logged once, and the chat gets an apology; the chat's later updates go on.
/// </summary>
public sealed class TelegramUpdateHandler(
    ITelegramBotClient bot, ConversationService conversations, TelegramOutbox outbox, TelegramGate gate, ReportStore store, TimeProvider clock, ILogger<TelegramUpdateHandler> log)
{
    public const int MaxAttempts = 3;

    /// <summary>A document's bytes are fetched only up to this size (reports are small); larger ones are refused as unreadable.</summary>
    public const long MaxDownloadBytes = 10 * 1024 * 1024;

    public async Task HandleAsync(InboxRow row, CancellationToken ct)
    {
        try
        {
            await DispatchAsync(row, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            await FailedAsync(row, e, ct);
        }
    }

    private async Task DispatchAsync(InboxRow row, CancellationToken ct)
    {
        var update = JsonSerializer.Deserialize<Update>(row.Body, JsonBotAPI.Options) ?? throw new JsonException("empty update");
        if (update.EditedMessage is { } edited)
        {
            await CompleteAsync(row, (s, token) => outbox.AddTextAsync(s, edited.Chat.Id, row.UpdateId, ConversationTexts.EditedIgnored, token), ct);
            return;
        }
        if (TelegramUpdates.ToMessage(update) is not { } message)
        {
            await CompleteAsync(row, (s, token) => outbox.AddAnswerAsync(s, row.ChatId, row.UpdateId, update.CallbackQuery, token), ct);
            return;
        }
        // Slow work (the download, then reading the file inside the service) happens before any lock is taken.
        if (message.File is { } file && update.Message?.Document is { } document) message = message with { File = file with { Content = await DownloadAsync(document, ct) } };
        var committed = false;
        var replies = await conversations.HandleAsync(message, async (session, replies, token) =>
        {
            await outbox.AddRepliesAsync(session, message.ChatId, row.UpdateId, update.CallbackQuery, message.Text, replies, token);
            await session.CompleteInboxAsync(row.Id, token);
            committed = true;
        }, ct);
        if (committed) return;
        if (replies.Count == 0)
        {
            // Handled before (its answer and replies were committed together); only the inbox row was left behind.
            await CompleteAsync(row, (_, _) => Task.CompletedTask, ct);
            return;
        }
        // Not a person of this bot after all (an invitation that did not work): answered directly, nothing kept.
        await gate.RefuseAsync(update, [.. replies.Select(r => r.Text)], ct);
        await using var forget = await store.BeginAsync(ct);
        await forget.DeleteInboxAsync(row.Id, ct);
        await forget.CommitAsync(ct);
    }

    private async Task CompleteAsync(InboxRow row, Func<StoreSession, CancellationToken, Task> write, CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        await write(session, ct);
        await session.CompleteInboxAsync(row.Id, ct);
        await session.CommitAsync(ct);
    }

    private async Task FailedAsync(InboxRow row, Exception e, CancellationToken ct)
    {
        var attempts = row.Attempts + 1;
        var reason = LogText.Escape($"{e.GetType().Name}: {e.Message}");
        await using var session = await store.BeginAsync(ct);
        if (attempts < MaxAttempts)
        {
            await session.DeferInboxAsync(row.Id, attempts, clock.GetUtcNow() + TimeSpan.FromSeconds(attempts), reason, ct);
            log.LogDebug("Update {UpdateId} failed ({Reason}); trying again", row.UpdateId, reason);
        }
        else
        {
            await session.SetAsideInboxAsync(row.Id, attempts, reason, ct);
            await outbox.AddTextAsync(session, row.ChatId, row.UpdateId, ConversationTexts.Failure, ct);
            log.LogError(e, "Update {UpdateId} in chat {ChatId} set aside after {Attempts} attempts: {Reason}", row.UpdateId, row.ChatId, attempts, reason);
        }
        await session.CommitAsync(ct);
    }

    /// <summary>A document's bytes; null when too large or unavailable, and the service says it could not be read.</summary>
    private async Task<byte[]?> DownloadAsync(Document document, CancellationToken ct)
    {
        if (document.FileSize is null or > MaxDownloadBytes) return null;
        try
        {
            using var buffer = new MemoryStream();
            var info = await bot.GetFile(document.FileId, ct);
            if (info.FileSize is null or > MaxDownloadBytes || info.FilePath is null) return null;
            await bot.DownloadFile(info.FilePath, buffer, ct);
            return buffer.Length <= MaxDownloadBytes ? buffer.ToArray() : null;
        }
        catch (Exception e) when (e is Telegram.Bot.Exceptions.RequestException or HttpRequestException)
        {
            log.LogWarning("Could not download {File}: {Error}", LogText.Escape(document.FileName), LogText.Escape(e.Message));
            return null;
        }
    }
}
