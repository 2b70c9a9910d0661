using Microsoft.Data.Sqlite;

namespace ReportBot.Storage;

/// <summary>
/// Keeps the write-ahead log short. A passive checkpoint beside the writers copies the log back into the database
/// file without blocking anyone (SQLite's own automatic one would run inside the COMMIT that crosses 1,000 pages and
/// make that message wait for two fsyncs of the whole batch). But under steady load the log never starts over by
/// itself: SQLite rewinds it only when a write begins with every frame already copied, and a new frame is always
/// committed between the checkpoint's end and the next write. Measured end to end, it grew by ~20 MB a second
/// (475 MB after 25 s). So once the log is long, the writer takes one step in its turn, between two transactions:
/// it copies the few frames left and waits briefly for readers still on the old log, and its next write then starts
/// the log over. A reader that outlasts that wait only puts the step off to the next checkpoint.
/// </summary>
internal sealed class WalCheckpoints(string path, WalLimits limits)
{
    private readonly string connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 5 }.ToString();
    private int commits;
    private int running;
    private int restartDue;

    public void Committed()
    {
        if (Interlocked.Increment(ref commits) % limits.CommitsPerCheckpoint != 0 || Interlocked.Exchange(ref running, 1) == 1) return;
        // On a thread of its own: a thread-pool item waited 1–2 s under steady writes (measured in WalGrowthTests),
        // because busy pool threads run their own queued continuations first. The checkpoint blocks on I/O anyway.
        _ = Task.Factory.StartNew(Checkpoint, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>In the write turn, with no transaction open: starts the log over when a checkpoint found it long.</summary>
    public async Task RestartIfDueAsync(SqliteConnection writer, CancellationToken ct)
    {
        if (Interlocked.Exchange(ref restartDue, 0) == 0) return;
        // RESTART waits for readers through the busy handler, which sleeps: bounded here so the turn is held briefly.
        // PRAGMA takes no parameters; the values are our own constants.
        await ReportStore.Execute(writer, $"PRAGMA busy_timeout = {limits.RestartWaitMilliseconds};", ct);
        try
        {
            await using var command = new SqliteCommand("PRAGMA wal_checkpoint(RESTART);", writer);
            // Its row says busy when readers kept the old log: the log stays as it is, and a later checkpoint asks again.
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException)
        {
            // Another process holds the file: likewise left for later.
        }
        finally
        {
            await ReportStore.Execute(writer, $"PRAGMA busy_timeout = {WalLimits.BusyTimeoutMilliseconds};", CancellationToken.None);
        }
    }

    private void Checkpoint()
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = new SqliteCommand("PRAGMA wal_checkpoint(PASSIVE);", connection);
            using var reader = command.ExecuteReader();
            // Its row: busy, frames in the log, frames copied.
            if (reader.Read() && reader.GetInt64(1) >= limits.RestartFrames) Volatile.Write(ref restartDue, 1);
        }
        catch (SqliteException)
        {
            // The log stays as it is, durable; the next checkpoint copies it.
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }
}
