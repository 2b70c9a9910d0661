using System.Text.Json;
using Microsoft.Extensions.Options;
using ReportBot.Channels;
using ReportBot.Conversations;
using ReportBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ReportBot.Hosting;

/// <summary>
/// Long-polls Telegram and only stores: each batch goes into the inbox in one transaction (strangers' updates are
/// refused at the door instead), and only then is its offset confirmed by the next getUpdates. Polling never waits
/// for handling. Errors back off; 429 waits retry_after; a refused token (401) stops the program.
/// </summary>
public sealed class TelegramWorker(
    ITelegramBotClient bot, TelegramGate gate, TelegramSignals signals, ReportStore store, BotIdentity identity,
    IOptions<TelegramOptions> options, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<TelegramWorker> log)
    : BackgroundService
{
    public const string Watermark = "telegram";

    // Telegram may restart update ids after a week without updates: an older offset could skip every new one.
    private static readonly TimeSpan OffsetGoodFor = TimeSpan.FromDays(7);
    private static readonly TimeSpan RememberHandled = TimeSpan.FromHours(48);

    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    // An update stored in the inbox, its Chinese as UTF-8 (StoredJson).
    private static readonly JsonSerializerOptions UpdateJson = StoredJson.With(JsonBotAPI.Options);

    private DateTimeOffset pruned;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(options.Value.MaxBackoffSeconds));
        if (!await RetryAsync(PrepareAsync, backoff, stoppingToken)) return;
        int? offset = await LastWatermarkAsync(stoppingToken) is { } last ? (int)last.UpdateId + 1 : null;
        log.LogInformation("Polling Telegram as @{Bot} from offset {Offset}", identity.UserName, offset);
        while (!stoppingToken.IsCancellationRequested)
        {
            await RetryAsync(async ct =>
            {
                var updates = await bot.GetUpdates(offset, 100, options.Value.PollSeconds, Wanted, ct);
                if (updates.Length == 0) return;
                await StoreBatchAsync(updates, ct);
                offset = updates[^1].Id + 1;
            }, backoff, stoppingToken);
        }
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        identity.UserName = (await bot.GetMe(ct)).Username;
        // getUpdates answers 409 while a webhook is set.
        await bot.DeleteWebhook(cancellationToken: ct);
        await bot.SetMyCommands(TelegramCommands.Menu, cancellationToken: ct);
    }

    /// <summary>The batch and its watermark in one transaction; strangers and groups are answered at the door.</summary>
    private async Task StoreBatchAsync(Update[] updates, CancellationToken ct)
    {
        var senders = updates.Select(TelegramGate.SenderOf).OfType<User>().Select(u => u.Id).Distinct().ToList();
        HashSet<long> known;
        await using (var read = await store.ReadAsync(ct)) known = await read.KnownSendersAsync(senders, ct);
        // Someone opening an invitation may write again in the same batch, before the invitation is handled.
        known.UnionWith(updates.Where(TelegramGate.MayBeInvitation).Select(u => u.Message!.From!.Id));
        var routes = updates.Select(u => (Update: u, Route: TelegramGate.Route(u, known))).ToList();
        var now = clock.GetUtcNow();
        await using (var session = await store.BeginAsync(ct))
        {
            foreach (var (update, _) in routes.Where(r => r.Route == UpdateRoute.Store))
                await session.StoreInboxAsync(update.Id, TelegramUpdates.ChatOf(update)!.Value, TelegramGate.SenderOf(update)?.Id, JsonSerializer.Serialize(update, UpdateJson), now, ct);
            await session.SaveWatermarkAsync(Watermark, updates[^1].Id, now, ct);
            if (now - pruned > TimeSpan.FromHours(1))
            {
                // Deliveries too old to come back are forgotten.
                await session.PruneHandledAsync(now - RememberHandled, ct);
                await session.PruneInboxAsync(now - RememberHandled, ct);
                await session.PruneOutboxAsync(now - RememberHandled, ct);
                pruned = now;
            }
            await session.CommitAsync(ct);
        }
        signals.Inbox.Pulse();
        foreach (var (update, route) in routes) gate.Dispatch(update, route, ct);
    }

    /// <summary>Tries until done (true) or stopping (false); waits retry_after on 429, else a growing back-off.</summary>
    private async Task<bool> RetryAsync(Func<CancellationToken, Task> attempt, Backoff backoff, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await attempt(ct);
                backoff.Reset();
                return true;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return false;
            }
            catch (ApiRequestException e) when (e.ErrorCode is 401 or 404 && identity.UserName is null)
            {
                // A wrong or revoked token never starts working by retrying; 404 is what Telegram answers a malformed one.
                log.LogCritical("Telegram refused the bot token ({Code} {Error}): check {Variable}. Stopping.", e.ErrorCode, e.Message, TelegramOptions.TokenVariable);
                Environment.ExitCode = 3;
                lifetime.StopApplication();
                return false;
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
                log.LogWarning("Telegram polling failed ({Error}); retrying in {Seconds} s", LogText.Escape(e.Message), wait.TotalSeconds);
                await Delay(wait, ct);
            }
        }
        return false;
    }

    private async Task<(long UpdateId, DateTimeOffset SavedAt)?> LastWatermarkAsync(CancellationToken ct)
    {
        await using var session = await store.ReadAsync(ct);
        var mark = await session.WatermarkAsync(Watermark, ct);
        return mark is { } m && clock.GetUtcNow() - m.SavedAt < OffsetGoodFor ? m : null;
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
