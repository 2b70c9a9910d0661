using Microsoft.Extensions.Options;
using ReportBot.Channels;
using ReportBot.Conversations;
using ReportBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace ReportBot.Hosting;

/// <summary>
/// Long-polls Telegram. A batch's offset is confirmed (and stored) only after every update in it was handled, so a
/// crash redelivers the batch and the store skips what it already has. Errors back off; 429 waits retry_after.
/// </summary>
public sealed class TelegramWorker(
    ITelegramBotClient bot, TelegramUpdateHandler handler, TelegramOutbox outbox, ReportStore store, BotIdentity identity, IOptions<TelegramOptions> options, TimeProvider clock, ILogger<TelegramWorker> log)
    : BackgroundService
{
    public const string Watermark = "telegram";

    // Telegram may restart update ids after a week without updates: an older offset could skip every new one.
    private static readonly TimeSpan OffsetGoodFor = TimeSpan.FromDays(7);
    private static readonly TimeSpan RememberHandled = TimeSpan.FromHours(48);

    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(options.Value.MaxBackoffSeconds));
        await RetryAsync(PrepareAsync, backoff, stoppingToken);
        int? offset = await LastWatermarkAsync(stoppingToken) is { } last ? (int)last.UpdateId + 1 : null;
        log.LogInformation("Polling Telegram as @{Bot} from offset {Offset}", identity.UserName, offset);
        while (!stoppingToken.IsCancellationRequested)
        {
            await RetryAsync(async ct =>
            {
                var updates = await bot.GetUpdates(offset, 100, options.Value.PollSeconds, Wanted, ct);
                if (updates.Length == 0) return;
                await handler.HandleBatchAsync(updates, ct);
                offset = updates[^1].Id + 1;
                await SaveWatermarkAsync(updates[^1].Id, ct);
            }, backoff, stoppingToken);
        }
    }

    /// <summary>Stopping: replies already queued get a few seconds to go out.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        grace.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await outbox.WhenIdleAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            log.LogWarning("Stopped with replies still queued");
        }
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        identity.UserName = (await bot.GetMe(ct)).Username;
        // getUpdates answers 409 while a webhook is set.
        await bot.DeleteWebhook(cancellationToken: ct);
        await bot.SetMyCommands(TelegramCommands.Menu, cancellationToken: ct);
    }

    /// <summary>One attempt; on failure, waits (retry_after for 429, else a growing back-off) and returns.</summary>
    private async Task RetryAsync(Func<CancellationToken, Task> attempt, Backoff backoff, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await attempt(ct);
                backoff.Reset();
                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429)
            {
                var wait = TimeSpan.FromSeconds(e.Parameters?.RetryAfter ?? 1);
                log.LogWarning("Telegram asks to wait {Seconds} s (429)", wait.TotalSeconds);
                await Delay(wait, ct);
            }
            catch (Exception e)
            {
                var wait = backoff.Next();
                log.LogWarning("Telegram polling failed ({Error}); retrying in {Seconds} s", e.Message, wait.TotalSeconds);
                await Delay(wait, ct);
            }
        }
    }

    private async Task<(long UpdateId, DateTimeOffset SavedAt)?> LastWatermarkAsync(CancellationToken ct)
    {
        await using var session = await store.ReadAsync(ct);
        var mark = await session.WatermarkAsync(Watermark, ct);
        return mark is { } m && clock.GetUtcNow() - m.SavedAt < OffsetGoodFor ? m : null;
    }

    /// <summary>The batch is confirmed by the next getUpdates; deliveries too old to come back are forgotten.</summary>
    private async Task SaveWatermarkAsync(long updateId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var session = await store.BeginAsync(ct);
        await session.SaveWatermarkAsync(Watermark, updateId, now, ct);
        await session.PruneHandledAsync(now - RememberHandled, ct);
        await session.CommitAsync(ct);
    }

    private static async Task Delay(TimeSpan wait, CancellationToken ct)
    {
        try
        {
            await Task.Delay(wait, ct);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop ends on the token.
        }
    }
}

/// <summary>Doubling delays from one second up to a ceiling.</summary>
internal sealed class Backoff(TimeSpan max)
{
    private TimeSpan next = TimeSpan.FromSeconds(1);

    public TimeSpan Next()
    {
        var current = next;
        next = TimeSpan.FromTicks(Math.Min(max.Ticks, next.Ticks * 2));
        return current;
    }

    public void Reset() => next = TimeSpan.FromSeconds(1);
}
