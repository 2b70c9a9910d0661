using ReportBot.Documents;
using ReportBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ReportBot.Channels;

/// <summary>Sends one outbox row to Telegram; says which message it became, so keyboards can be closed later.</summary>
public sealed class TelegramDelivery(ITelegramBotClient bot, ReportStore store, BuiltDocuments documents, ILogger<TelegramDelivery> log)
{
    /// <summary>The message sent, if the row made one; throws what Telegram answered otherwise.</summary>
    public async Task<int?> SendAsync(OutboxRow row, Outgoing item, CancellationToken ct)
    {
        switch (item)
        {
            case OutgoingText text:
                var markup = text.Buttons.Count > 0 ? Keyboard(text.Buttons) : null;
                return (await bot.SendMessage(row.ChatId, text.Html, ParseMode.Html, replyMarkup: markup, cancellationToken: ct)).MessageId;
            case OutgoingDocument document:
                var content = document switch
                {
                    { Job: { } job } => Build(job),
                    { JobId: { } copyOf } => documents.Built(copyOf) ?? Build(await CarriedJobAsync(copyOf, ct)),
                    _ => row.Content ?? [],
                };
                await using (var stream = new MemoryStream(content, writable: false))
                    return (await bot.SendDocument(row.ChatId, InputFile.FromStream(stream, document.FileName), document.CaptionHtml, ParseMode.Html, cancellationToken: ct)).MessageId;
            case EditingText edit:
                await bot.EditMessageText(row.ChatId, edit.MessageId, edit.Html, ParseMode.Html, replyMarkup: edit.Buttons.Count > 0 ? Keyboard(edit.Buttons) : null, cancellationToken: ct);
                return edit.MessageId;
            case ClosingKeyboards closing:
                await CloseAsync(row.ChatId, closing, ct);
                return null;
            case AnsweringPress press:
                await bot.AnswerCallbackQuery(press.CallbackQueryId, cancellationToken: ct);
                return null;
            default:
                throw new InvalidOperationException($"Unknown outbox row kind {row.Kind}");
        }
    }

    /// <summary>A further copy's job, from the row of its first copy (kept until no copy is unsent).</summary>
    private async Task<DocumentJob> CarriedJobAsync(Guid jobId, CancellationToken ct)
    {
        await using var read = await store.ReadAsync(ct);
        var carrier = await read.OutboxJobCarrierAsync(jobId, ct) ?? throw new InvalidOperationException($"The row carrying document job {jobId} is gone.");
        return (Outgoing.FromJson(carrier) as OutgoingDocument)?.Job ?? throw new InvalidOperationException($"The first row of document job {jobId} carries no job.");
    }

    private byte[] Build(DocumentJob job)
    {
        using (Conversations.MessagePhases.Start("documents")) return documents.Get(job);
    }

    /// <summary>The shown question gets the answer appended; the other open keyboards just go.</summary>
    private async Task CloseAsync(long chatId, ClosingKeyboards closing, CancellationToken ct)
    {
        List<(int MessageId, string Text)> open;
        await using (var read = await store.ReadAsync(ct)) open = await read.KeyboardsAsync(chatId, ct);
        if (closing.PressedMessageId is { } pressed && open.All(k => k.MessageId != pressed)) open.Add((pressed, closing.PressedText ?? ""));
        if (open.Count == 0) return;
        var shown = closing.PressedMessageId ?? open[^1].MessageId;
        foreach (var (messageId, text) in open)
        {
            try
            {
                if (messageId == shown)
                    await bot.EditMessageText(chatId, messageId, Telegram.Bot.Extensions.HtmlText.Escape($"{text}\n\n{closing.Note}"), ParseMode.Html, replyMarkup: null, cancellationToken: ct);
                else
                    await bot.EditMessageReplyMarkup(chatId, messageId, null, cancellationToken: ct);
            }
            catch (ApiRequestException e) when (e.ErrorCode == 400)
            {
                // An old or already edited message cannot be edited again; the answer itself is saved regardless.
                log.LogDebug("Could not close keyboard of message {MessageId}: {Error}", messageId, e.Message);
            }
        }
    }

    private static InlineKeyboardMarkup Keyboard(IReadOnlyList<IReadOnlyList<Core.Interviews.Button>> rows) =>
        new(rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Choice))));
}
