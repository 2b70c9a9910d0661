namespace ReportBot.Channels;

/// <summary>Wakes the inbox and outbox workers when there is new work, so they need not poll the store often.</summary>
public sealed class TelegramSignals
{
    public Signal Inbox { get; } = new();

    public Signal Outbox { get; } = new();
}

/// <summary>A wake-up that is remembered until someone has waited for it.</summary>
public sealed class Signal
{
    private readonly Lock gate = new();
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse()
    {
        lock (gate) next.TrySetResult();
    }

    /// <summary>True when pulsed, false when the timeout passed first.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        Task pulsed;
        lock (gate) pulsed = next.Task;
        try
        {
            await pulsed.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            return false;
        }
        lock (gate)
        {
            if (next.Task.IsCompleted) next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        return true;
    }
}
