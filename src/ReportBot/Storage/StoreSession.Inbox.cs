using System.Globalization;

namespace ReportBot.Storage;

/// <summary>An update as Telegram delivered it (its JSON), kept until it has been handled.</summary>
public sealed record InboxRow(long Id, long UpdateId, long ChatId, long? UserId, string Body, int Attempts, DateTimeOffset DueAt);

/// <summary>
/// The durable inbox: every stored batch of updates, handled one by one per chat. A row is done in the same
/// transaction as the answer it carried; one that keeps failing is set aside with its reason.
/// </summary>
public sealed partial class StoreSession
{
    /// <summary>Stores an update once: a batch delivered again after a crash adds nothing.</summary>
    public Task StoreInboxAsync(long updateId, long chatId, long? userId, string body, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        """
        INSERT INTO telegram_inbox (update_id, chat_id, user_id, body, received_at, due_at) VALUES ($update, $chat, $user, $body, $now, $now)
        ON CONFLICT (update_id) DO NOTHING
        """, ct, ("$update", updateId), ("$chat", chatId), ("$user", userId), ("$body", body), ("$now", Stamp(now)));

    /// <summary>Of these senders, those the bot knows: people, or someone whose invitation is still waiting in the inbox.</summary>
    public async Task<HashSet<long>> KnownSendersAsync(IReadOnlyCollection<long> userIds, CancellationToken ct)
    {
        var known = new HashSet<long>();
        if (userIds.Count == 0) return known;
        var names = userIds.Select((_, i) => $"$u{i}").ToList();
        var list = string.Join(", ", names);
        // Only generated parameter names are spliced in; every id is a parameter.
        await using var reader = await QueryAsync(
            $"SELECT user_id FROM people WHERE user_id IN ({list}) UNION SELECT user_id FROM telegram_inbox WHERE status = 'pending' AND user_id IN ({list})",
            ct, [.. names.Zip(userIds, (n, id) => (n, (object?)id))]);
        while (await reader.ReadAsync(ct)) known.Add(reader.GetInt64(0));
        return known;
    }

    /// <summary>Chats whose oldest waiting update may be handled now, oldest first.</summary>
    public Task<List<long>> InboxChatsDueAsync(DateTimeOffset now, int limit, CancellationToken ct) => ChatsDueAsync("telegram_inbox", now, limit, ct);

    public async Task<InboxRow?> NextInboxAsync(long chatId, CancellationToken ct)
    {
        await using var reader = await QueryAsync(
            "SELECT id, update_id, chat_id, user_id, body, attempts, due_at FROM telegram_inbox WHERE status = 'pending' AND chat_id = $chat ORDER BY id LIMIT 1",
            ct, ("$chat", chatId));
        if (!await reader.ReadAsync(ct)) return null;
        return new InboxRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.GetString(4), reader.GetInt32(5), ParseStamp(reader.GetString(6)));
    }

    public Task CompleteInboxAsync(long id, CancellationToken ct) =>
        ExecuteAsync("UPDATE telegram_inbox SET status = 'done' WHERE id = $id", ct, ("$id", id));

    /// <summary>Handling failed; it is tried again at <paramref name="due"/>, and the chat's later updates wait for it.</summary>
    public Task DeferInboxAsync(long id, int attempts, DateTimeOffset due, string failure, CancellationToken ct) => ExecuteAsync(
        "UPDATE telegram_inbox SET attempts = $attempts, due_at = $due, failure = $failure WHERE id = $id",
        ct, ("$id", id), ("$attempts", attempts), ("$due", Stamp(due)), ("$failure", failure));

    /// <summary>Handling failed too often: kept with its reason for a person to look at, and out of the way.</summary>
    public Task SetAsideInboxAsync(long id, int attempts, string failure, CancellationToken ct) => ExecuteAsync(
        "UPDATE telegram_inbox SET status = 'failed', attempts = $attempts, failure = $failure WHERE id = $id",
        ct, ("$id", id), ("$attempts", attempts), ("$failure", failure));

    /// <summary>A stranger's update: nothing of theirs stays.</summary>
    public Task DeleteInboxAsync(long id, CancellationToken ct) => ExecuteAsync("DELETE FROM telegram_inbox WHERE id = $id", ct, ("$id", id));

    /// <summary>Updates handled long ago: Telegram may reuse their ids after a week without updates.</summary>
    public Task PruneInboxAsync(DateTimeOffset before, CancellationToken ct) =>
        ExecuteAsync("DELETE FROM telegram_inbox WHERE status = 'done' AND received_at < $before", ct, ("$before", Stamp(before)));

    public async Task<long> PendingInboxAsync(CancellationToken ct) =>
        (long)(await ScalarAsync("SELECT COUNT(*) FROM telegram_inbox WHERE status = 'pending'", ct))!;

    /// <summary>
    /// Chats whose first pending row is due, oldest first; the table name is one of ours, never input. Each chat's first
    /// row comes from one walk of the pending index, not a lookup per pending row: after an outage the backlog is long,
    /// and the lanes look once per chat they drain.
    /// </summary>
    private async Task<List<long>> ChatsDueAsync(string table, DateTimeOffset now, int limit, CancellationToken ct)
    {
        var chats = new List<long>();
        await using var reader = await QueryAsync(
            $"""
            SELECT t.chat_id FROM (SELECT chat_id, MIN(id) AS first FROM {table} WHERE status = 'pending' GROUP BY chat_id) f
            JOIN {table} t ON t.id = f.first
            WHERE t.due_at <= $now ORDER BY f.first LIMIT $limit
            """, ct, ("$now", Stamp(now)), ("$limit", limit));
        while (await reader.ReadAsync(ct)) chats.Add(reader.GetInt64(0));
        return chats;
    }

    private static DateTimeOffset ParseStamp(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture);
}
