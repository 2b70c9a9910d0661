using ReportBot.Conversations;
using ReportBot.Core.Interviews;
using ReportBot.Documents;
using ReportBot.Storage;
using Telegram.Bot.Extensions;
using Telegram.Bot.Types;

namespace ReportBot.Channels;

/// <summary>
/// Writes replies as outbox rows inside the caller's transaction: text split to Telegram's limits and escaped,
/// buttons, documents with their bytes, the keyboard closing and the press answer. Nothing is sent here.
/// </summary>
public sealed class TelegramOutbox(TimeProvider clock)
{
    /// <summary>The rows of one handled update: first the press answer and keyboard closing, then the replies in order.</summary>
    public Task AddRepliesAsync(StoreSession session, long chatId, long? updateId, CallbackQuery? press, string? typed, IReadOnlyList<Reply> replies, CancellationToken ct)
    {
        var rows = new List<NewOutboxRow>();
        Rows(rows, chatId, updateId, press, typed, replies);
        return session.AddOutboxAsync(rows, clock.GetUtcNow(), ct);
    }

    /// <summary>A reply that acknowledges no answer (an edited message, an apology), stored all the same.</summary>
    public Task AddTextAsync(StoreSession session, long chatId, long? updateId, string text, CancellationToken ct)
    {
        var rows = new List<NewOutboxRow>();
        AddReply(rows, chatId, updateId, new Reply(text));
        return session.AddOutboxAsync(rows, clock.GetUtcNow(), ct);
    }

    public Task AddAnswerAsync(StoreSession session, long chatId, long? updateId, CallbackQuery? press, CancellationToken ct) =>
        press is null ? Task.CompletedTask : session.AddOutboxAsync([Row(chatId, updateId, new AnsweringPress(press.Id), null)], clock.GetUtcNow(), ct);

    private static void Rows(List<NewOutboxRow> rows, long chatId, long? updateId, CallbackQuery? press, string? typed, IReadOnlyList<Reply> replies)
    {
        // A page button (/status) turns the page in its own message; anything else goes below as new messages.
        if (press is { Message: { } turned } && TurnsPage(press.Data) && replies is [{ Document: null, ToUserId: null } page] && TelegramText.Split(page.Text) is [var only])
        {
            rows.Add(Row(chatId, updateId, new AnsweringPress(press.Id), null));
            rows.Add(Row(chatId, updateId, new EditingText(turned.MessageId, HtmlText.Escape(only), only, page.Buttons), null));
            return;
        }
        var saved = replies.Select(r => r.Saved).FirstOrDefault(s => s is not null);
        if (press is not null)
        {
            rows.Add(Row(chatId, updateId, new AnsweringPress(press.Id), null));
            if (press.Message is { } message)
            {
                var label = message.ReplyMarkup?.InlineKeyboard.SelectMany(r => r).FirstOrDefault(b => b.CallbackData == press.Data)?.Text ?? "";
                var note = saved is null ? $"👉 {label}" : $"👉 {label}\n{saved}";
                rows.Add(Row(chatId, updateId, new ClosingKeyboards(note, message.MessageId, message.Text ?? ""), null));
            }
        }
        else if (typed is not null && replies.Count > 0)
        {
            // The answered question shows what was saved (the value as read), else what was typed.
            rows.Add(Row(chatId, updateId, new ClosingKeyboards(saved ?? $"✏️ {Excerpt(typed)}", null, null), null));
        }
        for (var i = 0; i < replies.Count; i++)
            AddReply(rows, replies[i].ToUserId ?? chatId, updateId, replies[i]);
    }

    /// <summary>
    /// A document still to be built goes in as its job (the sender builds it), in the first row that sends it; the
    /// other copies (a finished report to every coordinator) name it. A built document goes in with its bytes.
    /// </summary>
    private static void AddReply(List<NewOutboxRow> rows, long chatId, long? updateId, Reply reply)
    {
        var job = (reply.Document as PromisedDocument)?.Job;
        if (reply.Document is { } document)
        {
            var caption = HtmlText.Escape(reply.Text);
            if (caption.Length > TelegramText.MaxCaption)
            {
                AddReply(rows, chatId, updateId, new Reply(reply.Text));
                caption = "";
            }
            var copy = job is not null && rows.Any(r => r.JobId == job.Id);
            var item = new OutgoingDocument(document.FileName, caption) { Job = copy ? null : job, JobId = copy ? job!.Id : null };
            rows.Add(Row(chatId, updateId, item, job is null ? document.Content : null) with { JobId = job?.Id, CarriesJob = job is not null && !copy });
            return;
        }
        var pieces = TelegramText.Split(reply.Text);
        for (var i = 0; i < pieces.Count; i++)
        {
            var buttons = i == pieces.Count - 1 ? reply.Buttons : [];
            rows.Add(Row(chatId, updateId, new OutgoingText(HtmlText.Escape(pieces[i]), buttons.Count > 0 ? pieces[i] : null, buttons), null));
        }
    }

    private static NewOutboxRow Row(long chatId, long? updateId, Outgoing item, byte[]? content)
    {
        var kind = item switch
        {
            OutgoingText => OutgoingText.Kind,
            OutgoingDocument => OutgoingDocument.Kind,
            ClosingKeyboards => ClosingKeyboards.Kind,
            EditingText => EditingText.Kind,
            _ => AnsweringPress.Kind,
        };
        return new NewOutboxRow(chatId, updateId, kind, item.ToJson(), content, item is ClosingKeyboards or AnsweringPress);
    }

    private static bool TurnsPage(string? data) =>
        data is not null && ButtonChoice.TryRead(data, out _, out var choice) && choice.StartsWith(StatusQuery.PagePrefix, StringComparison.Ordinal);

    private static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
