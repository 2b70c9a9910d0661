using Microsoft.Extensions.Options;
using ReportBot.Channels;
using ReportBot.Storage;

namespace ReportBot.Hosting;

/// <summary>
/// Handles the stored updates: each chat's in order, up to <see cref="TelegramOptions.ParallelChats"/> chats at once,
/// so one chat's slow download or document never holds another chat.
/// </summary>
public sealed class TelegramInboxWorker(
    TelegramUpdateHandler handler, TelegramSignals signals, ReportStore store, IOptions<TelegramOptions> options, TimeProvider clock, ILogger<TelegramInboxWorker> log)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new ChatLanes(options.Value.ParallelChats, log).RunAsync(signals.Inbox, DueAsync, DrainAsync, stoppingToken);

    private async Task<List<long>> DueAsync(int limit, CancellationToken ct)
    {
        await using var read = await store.ReadAsync(ct);
        return await read.InboxChatsDueAsync(clock.GetUtcNow(), limit, ct);
    }

    private async Task DrainAsync(long chatId, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            InboxRow? row;
            await using (var read = await store.ReadAsync(ct)) row = await read.NextInboxAsync(chatId, ct);
            if (row is null || row.DueAt > clock.GetUtcNow()) return;
            await handler.HandleAsync(row, ct);
            signals.Outbox.Pulse();
        }
    }
}
