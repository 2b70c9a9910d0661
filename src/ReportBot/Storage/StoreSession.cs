using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;

namespace ReportBot.Storage;

public sealed record Person(long UserId, string DisplayName, string Role)
{
    public bool IsCoordinator => Role == Roles.Coordinator;
}

public static class Roles
{
    public const string Coordinator = "coordinator";
    public const string Staff = "staff";
}

/// <summary>
/// One transaction on the store. Every statement is here, parameterized; nothing else writes SQL. A write session
/// holds the store's write turn until it commits or is disposed; its commit returns once its changes are durable,
/// possibly sharing one COMMIT with the sessions queued behind it (<see cref="WriteTurn"/>). A read session holds none.
/// </summary>
public sealed partial class StoreSession : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly RawTransaction transaction;
    private readonly WriteTurn? writer;
    private readonly WriteTurn.Member? member;

    // Commands whose readers were handed out: disposed with the session, so none is left to the finalizer.
    private readonly List<SqliteCommand> queries = [];

    // The write connection's kept queries this session ran: their readers closed with the session, so the next one
    // may run them again, and their values let go, so the connection does not keep them alive.
    private readonly List<WriteTurn.KeptQuery> keptQueries = [];
    private bool ended;

    /// <summary>A read session on its own connection and deferred transaction.</summary>
    internal StoreSession(SqliteConnection connection, RawTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    internal StoreSession(SqliteConnection connection, RawTransaction transaction, WriteTurn writer, WriteTurn.Member member)
        : this(connection, transaction)
    {
        this.writer = writer;
        this.member = member;
    }

    /// <summary>Whether this delivery was handled already. Exact ids, not a high-water mark: Telegram may restart its ids.</summary>
    public async Task<bool> WasHandledAsync(string inbox, long updateId, CancellationToken ct) =>
        await ScalarAsync("SELECT 1 FROM handled_updates WHERE inbox = $inbox AND update_id = $id", ct, ("$inbox", inbox), ("$id", updateId)) is not null;

    /// <summary>
    /// Records the delivery as handled; false when it was already (a redelivery). One statement for the check and the
    /// mark: a session that is not committed (a stranger's message) leaves no trace.
    /// </summary>
    public async Task<bool> MarkHandledAsync(string inbox, long updateId, DateTimeOffset now, CancellationToken ct)
    {
        return await RunAsync("INSERT OR IGNORE INTO handled_updates (inbox, update_id, handled_at) VALUES ($inbox, $id, $now)",
            [("$inbox", inbox), ("$id", updateId), ("$now", Stamp(now))], c => c.ExecuteNonQueryAsync(ct)) == 1;
    }

    /// <summary>Forgets deliveries older than any redelivery can be (Telegram keeps updates for 24 hours).</summary>
    public Task PruneHandledAsync(DateTimeOffset before, CancellationToken ct) =>
        ExecuteAsync("DELETE FROM handled_updates WHERE handled_at < $before", ct, ("$before", Stamp(before)));

    /// <summary>The last update of the last batch a channel confirmed, and when.</summary>
    public async Task<(long UpdateId, DateTimeOffset SavedAt)?> WatermarkAsync(string channel, CancellationToken ct)
    {
        await using var reader = await QueryAsync("SELECT last_update_id, saved_at FROM inbox WHERE channel = $channel", ct, ("$channel", channel));
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(1)) return null;
        return (reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture));
    }

    public Task SaveWatermarkAsync(string channel, long updateId, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        """
        INSERT INTO inbox (channel, last_update_id, saved_at) VALUES ($channel, $id, $now)
        ON CONFLICT (channel) DO UPDATE SET last_update_id = excluded.last_update_id, saved_at = excluded.saved_at
        """, ct, ("$channel", channel), ("$id", updateId), ("$now", Stamp(now)));

    public async Task<Person?> FindPersonAsync(long userId, CancellationToken ct)
    {
        await using var reader = await QueryAsync("SELECT user_id, display_name, role FROM people WHERE user_id = $id", ct, ("$id", userId));
        return await reader.ReadAsync(ct) ? new Person(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public Task AddPersonAsync(Person person, DateTimeOffset now, CancellationToken ct) => ExecuteAsync(
        """
        INSERT INTO people (user_id, display_name, role, created_at) VALUES ($id, $name, $role, $now)
        ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name, role = excluded.role
        """, ct, ("$id", person.UserId), ("$name", person.DisplayName), ("$role", person.Role), ("$now", Stamp(now)));

    public async Task<Dictionary<string, string>> AnswersAsync(long reportId, CancellationToken ct)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await QueryAsync("SELECT key, value FROM answers WHERE report_id = $id", ct, ("$id", reportId));
        while (await reader.ReadAsync(ct)) answers[reader.GetString(0)] = reader.GetString(1);
        return answers;
    }

    /// <summary>
    /// Writes each change and its history row (who, when, old → new) in one command, however many cells changed:
    /// the changes go in as one JSON array of [key, old, new], in order, so 全部为0 is two statements, not 300.
    /// </summary>
    public async Task SaveAnswersAsync(long reportId, IEnumerable<AnswerChange> changes, long userId, DateTimeOffset now, CancellationToken ct)
    {
        var rows = changes.Select(c => new[] { c.Key, c.OldValue, c.NewValue }).ToList();
        if (rows.Count == 0) return;
        // An answer taken back (an undone text, a reason no longer due) is deleted: its last change is to nothing.
        var removed = rows.GroupBy(r => r[0]).Where(g => g.Last()[2] is null).Select(g => g.Key).ToList();
        await ExecuteAsync(removed.Count == 0 ? SaveAnswersSql : SaveAnswersSql + DeleteRemovedSql,
            ct, ("$report", reportId), ("$changes", JsonSerializer.Serialize(rows, StoredJson.Options)), ("$removed", JsonSerializer.Serialize(removed, StoredJson.Options)), ("$user", userId), ("$now", Stamp(now)));
    }

    private const string SaveAnswersSql =
        """
        UPDATE reports SET started_at = $now WHERE id = $report AND started_at IS NULL;
        INSERT INTO answer_history (report_id, key, old_value, new_value, changed_by, changed_at)
        SELECT $report, c.value ->> 0, c.value ->> 1, c.value ->> 2, $user, $now FROM json_each($changes) c ORDER BY c.key;
        INSERT INTO answers (report_id, key, value, updated_by, updated_at)
        SELECT $report, c.value ->> 0, c.value ->> 2, $user, $now FROM json_each($changes) c WHERE c.value ->> 2 IS NOT NULL ORDER BY c.key
        ON CONFLICT (report_id, key) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at;
        """;

    // Only when an answer was taken back: most messages remove nothing, and this is then one statement fewer.
    private const string DeleteRemovedSql = "\nDELETE FROM answers WHERE report_id = $report AND key IN (SELECT value FROM json_each($removed));";

    public async Task<List<AnswerChange>> HistoryAsync(long reportId, CancellationToken ct)
    {
        var history = new List<AnswerChange>();
        await using var reader = await QueryAsync("SELECT key, old_value, new_value FROM answer_history WHERE report_id = $id ORDER BY id", ct, ("$id", reportId));
        while (await reader.ReadAsync(ct))
            history.Add(new(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return history;
    }

    public async Task<ConversationState> ConversationAsync(long userId, CancellationToken ct)
    {
        await using var reader = await QueryAsync(ConversationSql, ct, ("$id", userId));
        return await reader.ReadAsync(ct) ? ConversationAt(reader) : new ConversationState();
    }

    /// <summary>Where the person's conversation stands and the report it is on, in one statement: it runs on every message.</summary>
    public async Task<(ConversationState State, ReportRow? Report)> ConversationWithReportAsync(long userId, CancellationToken ct)
    {
        await using var reader = await QueryAsync(ConversationWithReportSql, ct, ("$id", userId));
        if (!await reader.ReadAsync(ct)) return (new ConversationState(), null);
        return (ConversationAt(reader), reader.IsDBNull(ConversationColumnCount) ? null : ReportRowAt(reader, ConversationColumnCount));
    }

    // What a conversation's queries select, in the order ConversationAt reads it.
    private const string ConversationColumnList = "c.state, c.report_id, c.question_id, c.resume_id, c.draft, c.pending_agency, c.version, c.explaining, c.last_year_step";
    private static readonly int ConversationColumnCount = ConversationColumnList.Split(", ").Length;
    private const string ConversationSql = $"SELECT {ConversationColumnList} FROM conversations c WHERE c.user_id = $id";

    private static ConversationState ConversationAt(SqliteDataReader reader)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var state = Enum.Parse<InterviewState>(reader.GetString(0));
        return new ConversationState
        {
            State = state,
            ReportId = reader.IsDBNull(1) ? null : reader.GetInt64(1),
            QuestionId = Text(2),
            ResumeQuestionId = Text(3),
            Dialog = ConversationColumns.Dialog(state, Text(4), Text(5), Text(7), reader.IsDBNull(8) ? null : reader.GetInt32(8)),
            Version = reader.GetInt32(6),
        };
    }

    public Task SaveConversationAsync(long userId, long chatId, ConversationState s, DateTimeOffset now, CancellationToken ct)
    {
        var (draft, agency, explaining, lastYearStep) = ConversationColumns.Columns(s.Dialog);
        return ExecuteAsync(
            """
            INSERT INTO conversations (user_id, chat_id, state, report_id, question_id, resume_id, draft, pending_agency, version, explaining, last_year_step, updated_at)
            VALUES ($user, $chat, $state, $report, $question, $resume, $draft, $agency, $version, $explaining, $lastYearStep, $now)
            ON CONFLICT (user_id) DO UPDATE SET chat_id = excluded.chat_id, state = excluded.state, report_id = excluded.report_id,
                question_id = excluded.question_id, resume_id = excluded.resume_id, draft = excluded.draft,
                pending_agency = excluded.pending_agency, version = excluded.version, explaining = excluded.explaining, last_year_step = excluded.last_year_step, updated_at = excluded.updated_at;
            UPDATE reports SET last_activity = $now WHERE id = $report;
            """, ct, ("$user", userId), ("$chat", chatId), ("$state", s.State.ToString()), ("$report", s.ReportId), ("$question", s.QuestionId),
            ("$resume", s.ResumeQuestionId), ("$draft", draft), ("$agency", agency), ("$version", s.Version), ("$explaining", explaining), ("$lastYearStep", lastYearStep), ("$now", Stamp(now)));
    }

    /// <summary>Returns once the session's changes are on disk; the session is over (its turn passed on).</summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        await DisposeQueriesAsync();
        ended = true;
        if (writer is not null) await writer.LeaveAsync(member!, keep: true);
        else await transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeQueriesAsync();
        if (writer is not null)
        {
            // Not committed: its changes are undone, and the turn goes on.
            if (!ended) await writer.LeaveAsync(member!, keep: false);
            ended = true;
            return;
        }
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    private async Task DisposeQueriesAsync()
    {
        // Only in the turn: once committed, the kept queries may be another session's.
        if (!ended)
            foreach (var kept in keptQueries)
            {
                if (kept.Reader is { } reader) await reader.DisposeAsync();
                kept.Reader = null;
                kept.Command.Parameters.Clear();
            }
        keptQueries.Clear();
        foreach (var command in queries) await command.DisposeAsync();
        queries.Clear();
    }

    // Fixed width (UTC, seven decimals), so the text sorts as the time does.
    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A China date as the store keeps it (yyyy-MM-dd): the text sorts as the date does.</summary>
    internal static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
