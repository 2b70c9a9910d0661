using ReportBot.Storage;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The lanes' look for work: the chats whose oldest pending row is due, oldest first. A deferred row holds its
/// chat's later rows behind it (their order is the chat's), and handled rows count for nothing.
/// </summary>
public sealed class ChatsDueTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 1, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly TempStoreFile file = new("chats-due");

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task ChatsComeByTheirOldestPendingRowAndADeferredRowHoldsItsChat()
    {
        var ct = CancellationToken.None;
        using var store = new ReportStore(file.Path);
        await store.MigrateAsync(ct);
        await using (var write = await store.BeginAsync(ct))
        {
            // Stored in this order: chat 30's first row is the oldest of all, then 10, 20, 40.
            foreach (var (update, chat) in new[] { (1L, 30L), (2, 10), (3, 20), (4, 10), (5, 40), (6, 30), (7, 20) })
                await write.StoreInboxAsync(update, chat, chat, "{}", Now, ct);
            await write.CommitAsync(ct);
        }
        var ids = new Dictionary<long, long>();
        await using (var read = await store.ReadAsync(ct))
            foreach (var chat in new[] { 10L, 20, 30, 40 })
                ids[chat] = (await read.NextInboxAsync(chat, ct))!.Id;
        await using (var write = await store.BeginAsync(ct))
        {
            // Chat 30's oldest is handled: its next row (update 6) is now its first. Chat 20's oldest waits a minute.
            await write.CompleteInboxAsync(ids[30], ct);
            await write.DeferInboxAsync(ids[20], 1, Now.AddMinutes(1), "test", ct);
            await write.CommitAsync(ct);
        }

        await using var session = await store.ReadAsync(ct);
        Assert.Equal([10L, 40, 30], await session.InboxChatsDueAsync(Now, 10, ct));
        Assert.Equal([10L, 40], await session.InboxChatsDueAsync(Now, 2, ct));
        Assert.Equal([10L, 20, 40, 30], await session.InboxChatsDueAsync(Now.AddMinutes(1), 10, ct));
    }
}
