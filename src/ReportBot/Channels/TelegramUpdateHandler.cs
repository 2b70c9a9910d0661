using Microsoft.Extensions.Options;
using ReportBot.Conversations;
using ReportBot.Hosting;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ReportBot.Channels;

/// <summary>
/// Handles a batch of updates: different chats at once, each chat's updates in order. A failure in one update is
/// logged and answered with an apology in that chat; it never stops the batch or the worker.
/// </summary>
public sealed class TelegramUpdateHandler(
    ITelegramBotClient bot, ConversationService conversations, TelegramReplies replies, TelegramOutbox outbox, IOptions<TelegramOptions> options, ILogger<TelegramUpdateHandler> log)
{
    public async Task HandleBatchAsync(IEnumerable<Update> updates, CancellationToken ct)
    {
        var chats = updates.GroupBy(u => TelegramUpdates.ChatOf(u) ?? -u.Id);
        await Parallel.ForEachAsync(chats, new ParallelOptions { MaxDegreeOfParallelism = options.Value.ParallelChats, CancellationToken = ct }, async (chat, token) =>
        {
            foreach (var update in chat.OrderBy(u => u.Id)) await HandleAsync(update, token);
        });
    }

    public async Task HandleAsync(Update update, CancellationToken ct)
    {
        var chatId = TelegramUpdates.ChatOf(update);
        try
        {
            await DispatchAsync(update, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Update {UpdateId} in chat {ChatId} failed", update.Id, chatId);
            if (chatId is { } id) await ApologizeAsync(id, ct);
        }
        finally
        {
            // Every press is answered, or the phone keeps showing a spinner.
            if (update.CallbackQuery is { } callback) await AnswerCallbackAsync(callback, ct);
        }
    }

    private async Task DispatchAsync(Update update, CancellationToken ct)
    {
        if (update.Message is { Chat.Type: not ChatType.Private } group || update.MyChatMember is { Chat.Type: not ChatType.Private, NewChatMember.Status: ChatMemberStatus.Member })
        {
            var chat = update.Message?.Chat ?? update.MyChatMember!.Chat;
            await bot.SendMessage(chat.Id, ConversationTexts.PrivateOnly, cancellationToken: ct);
            await bot.LeaveChat(chat.Id, ct);
            return;
        }
        if (update.EditedMessage is { Chat.Type: ChatType.Private } edited)
        {
            await replies.SendAsync(edited.Chat.Id, [new(ConversationTexts.EditedIgnored)], ct);
            return;
        }
        if (TelegramUpdates.ToMessage(update) is not { } message) return;
        if (message.File is { } file && update.Message?.Document is { } document) message = message with { File = file with { Content = await DownloadAsync(document, ct) } };
        var answer = await conversations.HandleAsync(message, ct);
        // The answer is committed; the replies go out in the background, in this chat's order.
        outbox.Enqueue(message.ChatId, async token =>
        {
            if (update.CallbackQuery is { } callback) await replies.PressedAsync(callback, token);
            else if (message.Text is { } text && answer.Count > 0) await replies.AnsweredAsync(message.ChatId, text, token);
            await replies.SendAsync(message.ChatId, answer, token);
        }, token => ApologizeAsync(message.ChatId, token));
    }

    /// <summary>A document's bytes (reports are small); null when too large or unavailable, and the service says so.</summary>
    private async Task<byte[]?> DownloadAsync(Document document, CancellationToken ct)
    {
        const long MaxBytes = 10 * 1024 * 1024;
        if (document.FileSize is null or > MaxBytes) return null;
        try
        {
            using var buffer = new MemoryStream();
            await bot.GetInfoAndDownloadFile(document.FileId, buffer, ct);
            return buffer.ToArray();
        }
        catch (Exception e) when (e is Telegram.Bot.Exceptions.RequestException or HttpRequestException)
        {
            log.LogWarning("Could not download {File}: {Error}", document.FileName, e.Message);
            return null;
        }
    }

    private async Task ApologizeAsync(long chatId, CancellationToken ct)
    {
        try
        {
            await bot.SendMessage(chatId, ConversationTexts.Failure, cancellationToken: ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning("Could not apologize in chat {ChatId}: {Error}", chatId, e.Message);
        }
    }

    private async Task AnswerCallbackAsync(CallbackQuery callback, CancellationToken ct)
    {
        try
        {
            await bot.AnswerCallbackQuery(callback.Id, cancellationToken: ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning("Could not answer callback {Id}: {Error}", callback.Id, e.Message);
        }
    }
}
