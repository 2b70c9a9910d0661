using System.Collections.Concurrent;

namespace ReportBot.Channels;

/// <summary>
/// Sends each chat's replies in order, in the background: polling waits only for the (fast) handling of a batch,
/// never for one chat's slow upload. A send that fails is logged and followed by an apology in that chat.
/// </summary>
public sealed class TelegramOutbox(ILogger<TelegramOutbox> log)
{
    private readonly ConcurrentDictionary<long, Task> tails = new();
    private int pending;

    /// <summary>
    /// Queues a chat's sends behind its earlier ones. They run to completion, each call bounded by the HTTP timeout,
    /// rather than on the batch's token: a reply to a committed answer should still go out while the bot stops.
    /// </summary>
    public void Enqueue(long chatId, Func<CancellationToken, Task> send, Func<CancellationToken, Task> apologize)
    {
        Interlocked.Increment(ref pending);
        tails.AddOrUpdate(chatId,
            _ => RunAsync(chatId, send, apologize),
            (_, tail) => tail.ContinueWith(_ => RunAsync(chatId, send, apologize), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap());
    }

    /// <summary>Waits until every queued send has finished (at shutdown, and for tests).</summary>
    public async Task WhenIdleAsync(CancellationToken ct)
    {
        while (Volatile.Read(ref pending) > 0) await Task.Delay(10, ct);
    }

    private async Task RunAsync(long chatId, Func<CancellationToken, Task> send, Func<CancellationToken, Task> apologize)
    {
        try
        {
            await send(CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogError(e, "Sending to chat {ChatId} failed", chatId);
            try
            {
                await apologize(CancellationToken.None);
            }
            catch (Exception again)
            {
                log.LogWarning("Could not apologize in chat {ChatId}: {Error}", chatId, again.Message);
            }
        }
        finally
        {
            Interlocked.Decrement(ref pending);
        }
    }
}
