using System.Text.Json.Nodes;

namespace ReportBot.Tests.Fakes;

/// <summary>The update queue behind getUpdates: a real long poll with Telegram's offset, limit and allowed_updates rules.</summary>
public sealed partial class FakeBotApi
{
    private readonly List<PendingUpdate> pending = [];
    private readonly Dictionary<long, JsonObject> updates = [];
    private readonly List<(long? Offset, int Timeout)> getUpdatesCalls = [];
    private HashSet<string>? allowedUpdates;
    private TaskCompletionSource updateArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long lastUpdateId;

    /// <summary>Every getUpdates call's offset and timeout (seconds), in order.</summary>
    public IReadOnlyList<(long? Offset, int Timeout)> GetUpdatesCalls => Snapshot(getUpdatesCalls);

    /// <summary>
    /// Puts an already delivered update back in the queue unchanged (same update_id). The next getUpdates returns
    /// it once even when its offset has passed it, as after a crash before the offset reached Telegram.
    /// </summary>
    public long Redeliver(long updateId)
    {
        lock (gate)
        {
            if (!updates.TryGetValue(updateId, out var update))
            {
                throw new ArgumentException($"No update {updateId} was ever sent.", nameof(updateId));
            }

            pending.RemoveAll(p => p.Id == updateId);
            pending.Add(new(updateId, update, Redelivered: true));
            pending.Sort((a, b) => a.Id.CompareTo(b.Id));
            Signal();
            return updateId;
        }
    }

    private async Task<Reply> GetUpdatesAsync(FakeBotApiRequest request, CancellationToken ct)
    {
        var offset = request.Long("offset");
        var limit = Math.Clamp(request.Int("limit") ?? 100, 1, 100);
        var timeout = Math.Max(0, request.Int("timeout") ?? 0);
        var deadline = DateTime.UtcNow.AddSeconds(timeout);
        lock (gate)
        {
            getUpdatesCalls.Add((offset, timeout));
            if (request.Node("allowed_updates") is JsonArray allowed)
            {
                // An empty list means every type; a missing one keeps the previous setting (Telegram's rule).
                allowedUpdates = allowed.Count == 0 ? null : [.. allowed.Select(a => a?.GetValue<string>() ?? "")];
            }
        }

        while (true)
        {
            Task arrived;
            TimeSpan remaining;
            lock (gate)
            {
                Confirm(offset);
                var batch = pending.Take(limit).ToList();
                remaining = deadline - DateTime.UtcNow;
                if (batch.Count > 0 || remaining <= TimeSpan.Zero)
                {
                    pending.RemoveAll(p => p.Redelivered && batch.Contains(p));
                    return Reply.Ok(new JsonArray([.. batch.Select(p => p.Update.DeepClone())]));
                }

                arrived = updateArrived.Task;
            }

            try
            {
                await arrived.WaitAsync(remaining, ct);
            }
            catch (TimeoutException)
            {
                // The long poll is over: the next round answers with what there is, usually [].
            }
        }
    }

    /// <summary>Drops confirmed updates (id below a positive offset; a negative one keeps the last -offset) and filtered types.</summary>
    private void Confirm(long? offset)
    {
        if (offset > 0)
        {
            pending.RemoveAll(p => p.Id < offset && !p.Redelivered);
        }
        else if (offset < 0 && pending.Count > -offset)
        {
            pending.RemoveRange(0, pending.Count - (int)-offset.Value);
        }

        if (allowedUpdates is not null)
        {
            pending.RemoveAll(p => !p.Update.Any(property => allowedUpdates.Contains(property.Key)));
        }
    }

    private long Enqueue(string type, JsonObject content)
    {
        lock (gate)
        {
            var id = ++lastUpdateId;
            var update = new JsonObject { ["update_id"] = id, [type] = content.DeepClone() };
            updates[id] = update;
            pending.Add(new(id, update, Redelivered: false));
            Signal();
            return id;
        }
    }

    /// <summary>Wakes every waiting long poll.</summary>
    private void Signal()
    {
        var arrived = updateArrived;
        updateArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        arrived.TrySetResult();
    }

    private sealed record PendingUpdate(long Id, JsonObject Update, bool Redelivered);
}
