using Microsoft.Extensions.Options;
using ReportBot.Channels;
using ReportBot.Storage;
using Telegram.Bot.Exceptions;

namespace ReportBot.Hosting;

/// <summary>
/// Delivers the outbox: each chat's rows in order, chats side by side, at Telegram's pace. A chat's run of rows is
/// marked sent in one commit after Telegram accepted them (so a kill in between sends them twice, never not at
/// all). Transient failures (429 with any retry_after, 5xx, timeouts, resets) hold that chat's row for a retry with
/// back-off; permanent ones (403, 400) are recorded with Telegram's reason and the chat goes on; a 403 marks the
/// chat unreachable for /status.
/// </summary>
public sealed class TelegramSenderWorker(
    TelegramDelivery delivery, TelegramPace pace, TelegramSignals signals, ReportStore store, IOptions<TelegramOptions> options, TimeProvider clock, ILogger<TelegramSenderWorker> log)
    : BackgroundService
{
    private const int CosmeticAttempts = 4;

    /// <summary>Rows of one chat sent before one commit marks them; a document's bytes are among them, so not many.</summary>
    private const int RunLength = 16;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new ChatLanes(options.Value.ParallelChats * 2, log).RunAsync(signals.Outbox, DueAsync, DrainAsync, stoppingToken);

    private async Task<List<long>> DueAsync(int limit, CancellationToken ct)
    {
        await using var read = await store.ReadAsync(ct);
        return await read.OutboxChatsDueAsync(clock.GetUtcNow(), limit, ct);
    }

    private async Task DrainAsync(long chatId, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            List<OutboxRow> run;
            await using (var read = await store.ReadAsync(ct)) run = await read.NextOutboxRunAsync(chatId, clock.GetUtcNow(), RunLength, ct);
            if (run.Count == 0 || !await DeliverRunAsync(run, ct)) return;
        }
    }

    /// <summary>
    /// Sends a chat's run of rows in order and marks them sent in one commit (a FULL commit per row was most of an
    /// update's cost). True when every row is done with (sent or failed for good); false when one waits for a retry,
    /// and the rows after it with it.
    /// </summary>
    private async Task<bool> DeliverRunAsync(List<OutboxRow> run, CancellationToken ct)
    {
        var sent = new List<SentRow>();
        try
        {
            foreach (var row in run)
            {
                var item = Outgoing.FromJson(row.Body);
                // Closing keyboards reads those the earlier rows opened: they are put on record first.
                if (item is ClosingKeyboards) await MarkSentAsync(sent, ct);
                int? messageId;
                try
                {
                    await pace.WaitAsync(row.ChatId, item is OutgoingText or OutgoingDocument, ct);
                    messageId = await delivery.SendAsync(row, item, ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    await MarkSentAsync(sent, ct);
                    if (await FailedAsync(row, e, ct)) continue;
                    return false;
                }
                sent.Add(new(row, item, messageId));
            }
        }
        finally
        {
            // Also when stopping: what Telegram accepted is recorded, so a clean stop sends nothing twice.
            await MarkSentAsync(sent, CancellationToken.None);
        }
        return true;
    }

    /// <summary>
    /// One transaction for the rows sent since the last one. A kill before it commits sends those rows again on the
    /// next start (twice, never not at all), as a kill between one send and its mark always could.
    /// </summary>
    private async Task MarkSentAsync(List<SentRow> sent, CancellationToken ct)
    {
        if (sent.Count == 0) return;
        await using var session = await store.BeginAsync(ct);
        foreach (var (row, item, messageId) in sent)
        {
            await session.MarkSentAsync(row.Id, messageId, clock.GetUtcNow(), ct);
            if (item is OutgoingText { Buttons.Count: > 0, Plain: { } plain } && messageId is { } id) await session.AddKeyboardAsync(row.ChatId, id, plain, ct);
            if (item is ClosingKeyboards) await session.RemoveKeyboardsAsync(row.ChatId, ct);
            if (!row.Cosmetic) await session.ClearUnreachableAsync(row.ChatId, ct);
        }
        await session.CommitAsync(ct);
        sent.Clear();
    }

    private sealed record SentRow(OutboxRow Row, Outgoing Item, int? MessageId);

    private async Task<bool> FailedAsync(OutboxRow row, Exception e, CancellationToken ct)
    {
        var attempts = row.Attempts + 1;
        var reason = LogText.Escape(e is ApiRequestException api ? $"{api.ErrorCode} {api.Message}" : $"{e.GetType().Name}: {e.Message}");
        TimeSpan? wait = e switch
        {
            ApiRequestException { ErrorCode: 429 } tooMany => TimeSpan.FromSeconds(Math.Max(1, tooMany.Parameters?.RetryAfter ?? 1)),
            ApiRequestException { ErrorCode: >= 500 } => Backoff(attempts),
            ApiRequestException => null,
            // Timeouts, resets, refused connections: the request may or may not have arrived; sending again is safe.
            RequestException or HttpRequestException or IOException or OperationCanceledException => Backoff(attempts),
            _ => attempts < CosmeticAttempts ? Backoff(attempts) : null,
        };
        if (row.Cosmetic && attempts >= CosmeticAttempts) wait = null;
        await using var session = await store.BeginAsync(ct);
        if (wait is { } delay)
        {
            await session.DeferOutboxAsync(row.Id, attempts, clock.GetUtcNow() + delay, reason, ct);
            log.LogInformation("Sending to chat {ChatId} failed ({Reason}); again in {Seconds} s", row.ChatId, reason, delay.TotalSeconds);
        }
        else
        {
            await session.FailOutboxAsync(row.Id, attempts, reason, clock.GetUtcNow(), ct);
            if (e is ApiRequestException { ErrorCode: 403 }) await session.SetUnreachableAsync(row.ChatId, reason, clock.GetUtcNow(), ct);
            if (row.Cosmetic) log.LogDebug("Cosmetic {Kind} in chat {ChatId} dropped: {Reason}", row.Kind, row.ChatId, reason);
            else log.LogWarning("Could not deliver {Kind} to chat {ChatId}: {Reason}", row.Kind, row.ChatId, reason);
        }
        await session.CommitAsync(ct);
        return wait is null;
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts - 1, 5))));
}
