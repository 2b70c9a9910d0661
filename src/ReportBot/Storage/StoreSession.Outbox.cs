namespace ReportBot.Storage;

/// <summary>One reply waiting to go out: what to send (JSON), a document's bytes, and how often it was tried.</summary>
public sealed record OutboxRow(long Id, long ChatId, string Kind, string Body, byte[]? Content, bool Cosmetic, int Attempts);

/// <summary>
/// A row to add to the outbox: where, for which update, what (JSON), a document's bytes, whether it is cosmetic, and
/// the promised document's job it sends (the first row of a job carries it, later ones name it).
/// </summary>
public sealed record NewOutboxRow(long ChatId, long? UpdateId, string Kind, string Body, byte[]? Content, bool Cosmetic, Guid? JobId = null, bool CarriesJob = false);

/// <summary>A chat the bot could not reach (blocked, never started): for the coordinator's overview.</summary>
public sealed record Unreachable(long ChatId, string? DisplayName, string Reason, DateTimeOffset Since);

/// <summary>
/// The durable outbox: every reply is a row written in the transaction of the answer it acknowledges; the sender
/// delivers each chat's rows in order and marks them sent or failed.
/// </summary>
public sealed partial class StoreSession
{
    /// <summary>An update's rows in one statement, in order (their ids are the order the sender keeps).</summary>
    public async Task AddOutboxAsync(IReadOnlyList<NewOutboxRow> rows, DateTimeOffset now, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var values = string.Join(", ", rows.Select((_, i) => $"($chat{i}, $update{i}, $kind{i}, $body{i}, $content{i}, $cosmetic{i}, $job{i}, $carries{i}, $now, $now)"));
        var args = rows.SelectMany((r, i) => new (string, object?)[]
        {
            ($"$chat{i}", r.ChatId), ($"$update{i}", r.UpdateId), ($"$kind{i}", r.Kind), ($"$body{i}", r.Body), ($"$content{i}", r.Content), ($"$cosmetic{i}", r.Cosmetic ? 1 : 0),
            ($"$job{i}", r.JobId?.ToString()), ($"$carries{i}", r.CarriesJob ? 1 : 0),
        }).Append(("$now", Stamp(now))).ToArray();
        // Only numbered parameter names are built into the text; every value is bound.
        await ExecuteAsync($"INSERT INTO telegram_outbox (chat_id, update_id, kind, body, content, cosmetic, job_id, carries_job, created_at, due_at) VALUES {values}", ct, args);
    }

    /// <summary>The body of the row that carries a promised document's job (the first copy written).</summary>
    public async Task<string?> OutboxJobCarrierAsync(Guid jobId, CancellationToken ct) =>
        (string?)await ScalarAsync("SELECT body FROM telegram_outbox WHERE job_id = $job AND carries_job = 1", ct, ("$job", jobId.ToString()));

    public Task<List<long>> OutboxChatsDueAsync(DateTimeOffset now, int limit, CancellationToken ct) => ChatsDueAsync("telegram_outbox", now, limit, ct);

    /// <summary>
    /// The chat's oldest unsent rows in order, up to <paramref name="limit"/>, ending before the first one not yet due
    /// (a deferred row holds the chat's later rows behind it).
    /// </summary>
    public async Task<List<OutboxRow>> NextOutboxRunAsync(long chatId, DateTimeOffset now, int limit, CancellationToken ct)
    {
        var run = new List<OutboxRow>();
        await using var reader = await QueryAsync(
            "SELECT id, chat_id, kind, body, content, cosmetic, attempts, due_at FROM telegram_outbox WHERE status = 'pending' AND chat_id = $chat ORDER BY id LIMIT $limit",
            ct, ("$chat", chatId), ("$limit", limit));
        while (await reader.ReadAsync(ct) && ParseStamp(reader.GetString(7)) <= now)
            run.Add(new OutboxRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : (byte[])reader.GetValue(4), reader.GetInt32(5) == 1, reader.GetInt32(6)));
        return run;
    }

    public Task MarkSentAsync(long id, int? messageId, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        "UPDATE telegram_outbox SET status = 'sent', message_id = $message, sent_at = $now, content = NULL WHERE id = $id",
        ct, ("$id", id), ("$message", messageId), ("$now", Stamp(now)));

    /// <summary>A transient failure: tried again at <paramref name="due"/>; the chat's later rows wait, so its order holds.</summary>
    public Task DeferOutboxAsync(long id, int attempts, DateTimeOffset due, string failure, CancellationToken ct) => ExecuteAsync(
        "UPDATE telegram_outbox SET attempts = $attempts, due_at = $due, failure = $failure WHERE id = $id",
        ct, ("$id", id), ("$attempts", attempts), ("$due", Stamp(due)), ("$failure", failure));

    /// <summary>A permanent failure: recorded with Telegram's reason and never tried again.</summary>
    public Task FailOutboxAsync(long id, int attempts, string failure, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        "UPDATE telegram_outbox SET status = 'failed', attempts = $attempts, failure = $failure, sent_at = $now WHERE id = $id",
        ct, ("$id", id), ("$attempts", attempts), ("$failure", failure), ("$now", Stamp(now)));

    public async Task<long> PendingOutboxAsync(CancellationToken ct) =>
        (long)(await ScalarAsync("SELECT COUNT(*) FROM telegram_outbox WHERE status = 'pending'", ct))!;

    /// <summary>Replies long delivered; failed ones are kept as the record of who could not be reached.</summary>
    public Task PruneOutboxAsync(DateTimeOffset before, CancellationToken ct) =>
        ExecuteAsync(
            """
            DELETE FROM telegram_outbox WHERE status = 'sent' AND created_at < $before
                AND NOT (carries_job = 1 AND EXISTS (SELECT 1 FROM telegram_outbox copy WHERE copy.job_id = telegram_outbox.job_id AND copy.status = 'pending'))
            """, ct, ("$before", Stamp(before)));

    /// <summary>A question sent with buttons: remembered so its keyboard can be closed once answered, even after a restart.</summary>
    public Task AddKeyboardAsync(long chatId, int messageId, string text, CancellationToken ct) => ExecuteAsync(
        "INSERT INTO telegram_keyboards (chat_id, message_id, text) VALUES ($chat, $message, $text) ON CONFLICT DO NOTHING",
        ct, ("$chat", chatId), ("$message", messageId), ("$text", text));

    public async Task<List<(int MessageId, string Text)>> KeyboardsAsync(long chatId, CancellationToken ct)
    {
        var open = new List<(int, string)>();
        await using var reader = await QueryAsync("SELECT message_id, text FROM telegram_keyboards WHERE chat_id = $chat ORDER BY message_id", ct, ("$chat", chatId));
        while (await reader.ReadAsync(ct)) open.Add((reader.GetInt32(0), reader.GetString(1)));
        return open;
    }

    public Task RemoveKeyboardsAsync(long chatId, CancellationToken ct) =>
        ExecuteAsync("DELETE FROM telegram_keyboards WHERE chat_id = $chat", ct, ("$chat", chatId));

    public Task SetUnreachableAsync(long chatId, string reason, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        """
        INSERT INTO telegram_unreachable (chat_id, reason, since) VALUES ($chat, $reason, $now)
        ON CONFLICT (chat_id) DO UPDATE SET reason = excluded.reason
        """, ct, ("$chat", chatId), ("$reason", reason), ("$now", Stamp(now)));

    public Task ClearUnreachableAsync(long chatId, CancellationToken ct) =>
        ExecuteAsync("DELETE FROM telegram_unreachable WHERE chat_id = $chat", ct, ("$chat", chatId));

    public async Task<List<Unreachable>> UnreachableAsync(CancellationToken ct)
    {
        var list = new List<Unreachable>();
        await using var reader = await QueryAsync(
            """
            SELECT u.chat_id, p.display_name, u.reason, u.since
            FROM telegram_unreachable u LEFT JOIN people p ON p.user_id = u.chat_id ORDER BY u.since
            """, ct);
        while (await reader.ReadAsync(ct))
            list.Add(new(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), ParseStamp(reader.GetString(3))));
        return list;
    }
}
