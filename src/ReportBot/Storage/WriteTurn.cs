using Microsoft.Data.Sqlite;

namespace ReportBot.Storage;

/// <summary>
/// The one writer of a store, with group commit. Write sessions take turns on one connection; each runs inside a
/// savepoint of a transaction that stays open while others are queued, and a session's commit returns only once
/// that transaction's COMMIT is on disk (synchronous=FULL). So under load many messages share one fsync instead of
/// each waiting for its own, and no message is acknowledged before it is durable. Alone, a session commits at once.
/// Between two transactions the write-ahead log is started over when it has grown long (<see cref="WalCheckpoints"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Lives as long as the process (one per file); CloseAsync closes its connection.")]
internal sealed class WriteTurn(Func<CancellationToken, Task<SqliteConnection>> open, WalCheckpoints checkpoints)
{
    /// <summary>Sessions per COMMIT at most: bounds how long the first of them waits for the last.</summary>
    public const int MaxBatch = 32;

    private readonly SemaphoreSlim turn = new(1, 1);

    // Statements prepared once on the one connection and kept: a message runs the same few every time.
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KeptQuery> queries = new(StringComparer.Ordinal);
    private const int MostPrepared = 64;
    private SqliteConnection? connection;
    private Batch? batch;
    private int queued;

    /// <summary>Waits for the turn and opens the session's savepoint (in the open batch, or a new one).</summary>
    public async Task<(SqliteConnection Connection, RawTransaction Transaction, Member Member)> EnterAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref queued);
        try
        {
            await turn.WaitAsync(ct);
        }
        finally
        {
            Interlocked.Decrement(ref queued);
        }
        try
        {
            connection ??= await open(ct);
            if (batch is null)
            {
                await checkpoints.RestartIfDueAsync(connection, ct);
                batch = new Batch(await RawTransaction.BeginAsync(connection, immediate: true, ct));
            }
            // The first session needs no savepoint: undone, it undoes the whole transaction, which then holds only it.
            var member = new Member(batch, ++batch.Members == 1 ? null : $"m{batch.Members}");
            if (member.Savepoint is { } savepoint) await batch.Transaction.SaveAsync(savepoint);
            return (connection, batch.Transaction, member);
        }
        catch
        {
            // A connection that could not begin is not trusted again: the next turn opens a fresh one.
            await AbandonAsync(new InvalidOperationException("the write session could not begin"));
            turn.Release();
            throw;
        }
    }

    /// <summary>
    /// Ends a session's turn, its changes kept or undone. Kept changes are passed on with the open transaction while
    /// others wait for the turn; the last one commits for all. Returns once the kept changes are durable.
    /// </summary>
    public async Task LeaveAsync(Member member, bool keep)
    {
        var mine = member.Batch;
        Task durable = mine.Durable.Task;
        try
        {
            if (keep)
            {
                if (member.Savepoint is { } kept) await mine.Transaction.ReleaseAsync(kept);
                mine.Kept++;
            }
            else if (member.Savepoint is { } undone)
            {
                await mine.Transaction.RollbackToAsync(undone);
            }
            var passOn = mine.Kept > 0 && mine.Members < MaxBatch && Volatile.Read(ref queued) > 0;
            if (!passOn) await FinishAsync(mine);
        }
        catch (Exception e)
        {
            await AbandonAsync(e);
        }
        finally
        {
            turn.Release();
        }
        if (!keep) return;
        // Passed on: should no session take the turn after all (its wait was cancelled), commit once the turn is free.
        if (!durable.IsCompleted && await Task.WhenAny(durable, Task.Delay(TimeSpan.FromMilliseconds(50))) != durable) await CommitLeftAsync(mine);
        await durable;
    }

    /// <summary>Closes the connection between sessions; changes passed on and waiting for their COMMIT get it first.</summary>
    public async ValueTask CloseAsync()
    {
        await turn.WaitAsync();
        try
        {
            if (batch is { } waiting) await FinishAsync(waiting);
            await AbandonAsync(new ObjectDisposedException(nameof(ReportStore)));
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task CommitLeftAsync(Batch left)
    {
        await turn.WaitAsync();
        try
        {
            if (ReferenceEquals(batch, left)) await FinishAsync(left);
        }
        finally
        {
            turn.Release();
        }
    }

    // In the turn: COMMIT the kept changes (or roll back a batch that kept none), then tell every member.
    private async Task FinishAsync(Batch finishing)
    {
        batch = null;
        try
        {
            if (finishing.Kept > 0) await finishing.Transaction.CommitAsync(CancellationToken.None);
            else await finishing.Transaction.RollbackAsync();
        }
        catch (Exception e)
        {
            await finishing.Transaction.DisposeAsync();
            finishing.Durable.TrySetException(e);
            return;
        }
        await finishing.Transaction.DisposeAsync();
        if (finishing.Kept > 0) checkpoints.Committed();
        finishing.Durable.TrySetResult();
    }

    // In the turn: the open batch (if any) fails for all its members, and the connection is closed.
    private async Task AbandonAsync(Exception reason)
    {
        if (Interlocked.Exchange(ref batch, null) is { } failed)
        {
            await failed.Transaction.DisposeAsync();
            failed.Durable.TrySetException(reason);
        }
        foreach (var command in prepared.Values.Concat(queries.Values.Select(q => q.Command))) await command.DisposeAsync();
        prepared.Clear();
        queries.Clear();
        if (Interlocked.Exchange(ref connection, null) is { } closing) await closing.DisposeAsync();
    }

    /// <summary>
    /// In the turn: the connection's kept command for <paramref name="sql"/> (its statements prepared at its first run),
    /// or null when the cache is full and the caller makes its own. It takes no reader, so it is free again on return.
    /// </summary>
    public SqliteCommand? Prepared(string sql)
    {
        if (!prepared.TryGetValue(sql, out var command))
        {
            if (prepared.Count >= MostPrepared || connection is null) return null;
            prepared[sql] = command = new SqliteCommand(sql, connection);
        }
        command.Parameters.Clear();
        return command;
    }

    /// <summary>
    /// In the turn: the connection's kept command for a query (its statement prepared at its first run), when the
    /// reader it gave last is closed; null while it is still reading, or when the cache is full. The session closes
    /// the readers it was given at its end at the latest.
    /// </summary>
    public KeptQuery? PreparedQuery(string sql)
    {
        if (queries.TryGetValue(sql, out var kept))
        {
            if (kept.Reader is { IsClosed: false }) return null;
        }
        else
        {
            if (queries.Count >= MostPrepared || connection is null) return null;
            queries[sql] = kept = new KeptQuery(new SqliteCommand(sql, connection));
        }
        kept.Reader = null;
        kept.Command.Parameters.Clear();
        return kept;
    }

    /// <summary>A kept query's command and the reader it gave last: the command is lent again once that is closed.</summary>
    internal sealed class KeptQuery(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public SqliteDataReader? Reader { get; set; }
    }

    /// <summary>One transaction shared by the sessions that took their turns while others waited.</summary>
    internal sealed class Batch(RawTransaction transaction)
    {
        public RawTransaction Transaction { get; } = transaction;

        public TaskCompletionSource Durable { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Members { get; set; }

        public int Kept { get; set; }
    }

    /// <summary>One session's place in a batch: its savepoint (none for the batch's first).</summary>
    internal sealed record Member(Batch Batch, string? Savepoint);
}
