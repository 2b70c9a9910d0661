using ReportBot.Storage;

namespace ReportBot.Channels;

/// <summary>Whether anything is still waiting: updates to handle, replies to send, refusals on their way.</summary>
public sealed class TelegramBacklog(ReportStore store, TelegramGate gate)
{
    public async Task<(long Updates, long Replies)> CountAsync(CancellationToken ct)
    {
        await using var read = await store.ReadAsync(ct);
        return (await read.PendingInboxAsync(ct), await read.PendingOutboxAsync(ct));
    }

    /// <summary>Returns once every stored update is handled and every reply sent or failed for good.</summary>
    public async Task WhenIdleAsync(CancellationToken ct)
    {
        while (gate.Busy || await CountAsync(ct) is not (0, 0)) await Task.Delay(20, ct);
    }
}
