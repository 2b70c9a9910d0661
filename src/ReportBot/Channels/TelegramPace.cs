using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ReportBot.Hosting;

namespace ReportBot.Channels;

/// <summary>
/// Telegram's flood limits by construction: every call waits for its slot, globally (under 30 messages a second)
/// and per chat (about one a second, short bursts allowed), so a burst is queued rather than answered with 429s.
/// </summary>
public sealed class TelegramPace(IOptions<TelegramOptions> options, TimeProvider clock)
{
    private const int ChatBurst = 3;

    private readonly PaceBucket global = new(options.Value.MessagesPerSecond, 1, clock);
    private readonly ConcurrentDictionary<long, PaceBucket> chats = new();

    /// <summary>Waits for a slot; <paramref name="countsInChat"/> for messages the chat sees (not edits or press answers).</summary>
    public async Task WaitAsync(long chatId, bool countsInChat, CancellationToken ct)
    {
        if (countsInChat)
        {
            // Forget idle chats now and then; a bucket refills in seconds, so nothing is lost.
            if (chats.Count > 10_000) chats.Clear();
            await Delay(chats.GetOrAdd(chatId, _ => new PaceBucket(options.Value.ChatMessagesPerSecond, ChatBurst, clock)).Reserve(), ct);
        }
        await Delay(global.Reserve(), ct);
    }

    private Task Delay(TimeSpan wait, CancellationToken ct) => wait > TimeSpan.Zero ? Task.Delay(wait, clock, ct) : Task.CompletedTask;
}

/// <summary>A token bucket: <c>burst</c> calls at once, then <c>perSecond</c>; a reservation returns how long to wait.</summary>
internal sealed class PaceBucket(double perSecond, int burst, TimeProvider clock)
{
    private readonly Lock gate = new();
    private double tokens = burst;
    private long last = clock.GetTimestamp();

    public TimeSpan Reserve()
    {
        lock (gate)
        {
            var now = clock.GetTimestamp();
            tokens = Math.Min(burst, tokens + clock.GetElapsedTime(last, now).TotalSeconds * perSecond);
            last = now;
            tokens -= 1;
            return tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-tokens / perSecond);
        }
    }

    /// <summary>A slot now, or false (nothing reserved): for work that may be dropped, like refusing strangers.</summary>
    public bool TryTake()
    {
        lock (gate)
        {
            var now = clock.GetTimestamp();
            tokens = Math.Min(burst, tokens + clock.GetElapsedTime(last, now).TotalSeconds * perSecond);
            last = now;
            if (tokens < 1) return false;
            tokens -= 1;
            return true;
        }
    }
}
