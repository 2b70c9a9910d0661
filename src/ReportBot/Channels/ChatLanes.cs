namespace ReportBot.Channels;

/// <summary>
/// Runs one lane per chat with work, at most <c>width</c> at once: a chat's work stays in order, and no chat waits
/// for another's slow step. Looks for work when signalled, when a lane ends, and every quarter second for retries.
/// </summary>
public sealed class ChatLanes(int width, ILogger log)
{
    private static readonly TimeSpan Look = TimeSpan.FromMilliseconds(250);

    private readonly Dictionary<long, Task> running = [];

    /// <summary>Until <paramref name="ct"/> ends; then waits for the lanes still running (they end on the same token).</summary>
    public async Task RunAsync(Signal signal, Func<int, CancellationToken, Task<List<long>>> due, Func<long, CancellationToken, Task> lane, CancellationToken ct)
    {
        Task<bool>? wake = null;
        while (!ct.IsCancellationRequested)
        {
            foreach (var done in running.Where(r => r.Value.IsCompleted).Select(r => r.Key).ToList()) running.Remove(done);
            if (running.Count < width)
            {
                try
                {
                    foreach (var chat in (await due(width * 4, ct)).Where(c => !running.ContainsKey(c)).Take(width - running.Count))
                        running[chat] = Task.Run(() => SafeLaneAsync(lane, chat, ct), CancellationToken.None);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    log.LogWarning("Looking for work failed: {Error}", e.Message);
                }
            }
            // A wait still pending is kept: a second waiter would swallow the next pulse unseen.
            wake ??= signal.WaitAsync(Look, ct);
            try
            {
                await Task.WhenAny([wake, .. running.Values]);
            }
            catch (OperationCanceledException)
            {
                // Stopping: the loop ends on the token.
            }
            if (wake.IsCompleted) wake = null;
        }
        await Task.WhenAll(running.Values);
    }

    private async Task SafeLaneAsync(Func<long, CancellationToken, Task> lane, long chat, CancellationToken ct)
    {
        try
        {
            await lane(chat, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: what was not finished stays in the store for the next start.
        }
        catch (Exception e)
        {
            log.LogError(e, "Chat {ChatId} stopped unexpectedly; it is picked up again", chat);
        }
    }
}
