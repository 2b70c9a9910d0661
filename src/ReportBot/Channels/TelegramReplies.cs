using System.Collections.Concurrent;
using ReportBot.Core.Interviews;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Extensions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ReportBot.Channels;

/// <summary>
/// Renders replies in Telegram: HTML with every text escaped, inline keyboards, long text split at paragraphs,
/// documents under their Chinese names. Once a question is answered, its message loses its keyboard and shows
/// the answer, so no stale buttons stay on screen.
/// </summary>
public sealed class TelegramReplies(ITelegramBotClient bot, ILogger<TelegramReplies> log)
{
    private sealed record Prompt(int MessageId, string Text);

    private readonly ConcurrentDictionary<long, List<Prompt>> keyboards = new();

    public async Task SendAsync(long chatId, IEnumerable<Reply> replies, CancellationToken ct)
    {
        foreach (var reply in replies)
        {
            var target = reply.ToUserId ?? chatId;
            if (reply.Document is { } document)
            {
                await SendDocumentAsync(target, reply.Text, document, ct);
                continue;
            }
            var pieces = TelegramText.Split(reply.Text);
            for (var i = 0; i < pieces.Count; i++)
            {
                var markup = i == pieces.Count - 1 && reply.Buttons.Count > 0 ? Keyboard(reply.Buttons) : null;
                var sent = await bot.SendMessage(target, HtmlText.Escape(pieces[i]), ParseMode.Html, replyMarkup: markup, cancellationToken: ct);
                if (markup is not null) keyboards.GetOrAdd(target, _ => []).Add(new Prompt(sent.MessageId, pieces[i]));
            }
        }
    }

    /// <summary>After a typed answer: the question shows it and loses its keyboard, as do older keyboards.</summary>
    public Task AnsweredAsync(long chatId, string answer, CancellationToken ct) => CloseKeyboardsAsync(chatId, null, $"✏️ {Excerpt(answer)}", ct);

    /// <summary>After a press: the pressed message shows the choice and loses its keyboard, as do older keyboards.</summary>
    public async Task PressedAsync(CallbackQuery callback, CancellationToken ct)
    {
        if (callback.Message is not { } message) return;
        var label = callback.Message.ReplyMarkup?.InlineKeyboard.SelectMany(r => r).FirstOrDefault(b => b.CallbackData == callback.Data)?.Text ?? "";
        keyboards.GetOrAdd(message.Chat.Id, _ => []).Add(new Prompt(message.MessageId, message.Text ?? ""));
        await CloseKeyboardsAsync(message.Chat.Id, message.MessageId, $"👉 {label}", ct);
    }

    private async Task CloseKeyboardsAsync(long chatId, int? pressed, string note, CancellationToken ct)
    {
        if (!keyboards.TryRemove(chatId, out var open) || open.Count == 0) return;
        var shown = pressed ?? open[^1].MessageId;
        foreach (var prompt in open.DistinctBy(p => p.MessageId))
        {
            try
            {
                if (prompt.MessageId == shown)
                    await bot.EditMessageText(chatId, prompt.MessageId, HtmlText.Escape($"{prompt.Text}\n\n{note}"), ParseMode.Html, replyMarkup: null, cancellationToken: ct);
                else
                    await bot.EditMessageReplyMarkup(chatId, prompt.MessageId, null, cancellationToken: ct);
            }
            catch (ApiRequestException e)
            {
                // An old or already edited message cannot be edited again; the answer itself is saved regardless.
                log.LogDebug("Could not close keyboard of message {MessageId}: {Error}", prompt.MessageId, e.Message);
            }
        }
    }

    private async Task SendDocumentAsync(long chatId, string text, ReplyDocument document, CancellationToken ct)
    {
        var caption = HtmlText.Escape(text);
        if (caption.Length > TelegramText.MaxCaption)
        {
            await SendAsync(chatId, [new Reply(text)], ct);
            caption = "";
        }
        await using var stream = new MemoryStream(document.Content, writable: false);
        await bot.SendDocument(chatId, InputFile.FromStream(stream, document.FileName), caption, ParseMode.Html, cancellationToken: ct);
    }

    private static InlineKeyboardMarkup Keyboard(IReadOnlyList<IReadOnlyList<Button>> rows) =>
        new(rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Choice))));

    private static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
