using ReportBot.Core.Interviews;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>
/// A coordinator's <c>/status</c>, rendered from a read session so the overview never holds the write turn; only
/// the delivery id is written afterwards, in a short write of its own. Anything else takes the usual path.
/// </summary>
public sealed class StatusReading(ReportStore store, CoordinatorStatus status, TimeProvider clock)
{
    public static bool Applies(ChatInput input) => input is CommandInput { Name: ChatCommands.Status };

    /// <summary>The replies, or null when the sender is not a coordinator (the usual path answers them).</summary>
    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(
        IncomingMessage message, Func<StoreSession, IReadOnlyList<Reply>, CancellationToken, Task>? beforeCommit, CancellationToken ct)
    {
        var inbox = $"{message.Channel}:{message.ChatId}";
        string overview;
        await using (var read = await store.ReadAsync(ct))
        {
            if (message.UpdateId is { } seen && await read.WasHandledAsync(inbox, seen, ct)) return [];
            if (await read.FindPersonAsync(message.UserId, ct) is not { IsCoordinator: true }) return null;
            overview = await status.RenderAsync(read, clock.GetUtcNow(), ct);
        }
        IReadOnlyList<Reply> replies = [new Reply(overview)];
        if (message.UpdateId is { } updateId)
        {
            await using var write = await store.BeginAsync(ct);
            // Checked again under the write turn: a redelivery may have been handled meanwhile.
            if (await write.WasHandledAsync(inbox, updateId, ct)) return [];
            await write.MarkHandledAsync(inbox, updateId, clock.GetUtcNow(), ct);
            if (beforeCommit is not null) await beforeCommit(write, replies, ct);
            await write.CommitAsync(ct);
        }
        return replies;
    }
}
