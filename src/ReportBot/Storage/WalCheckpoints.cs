using Microsoft.Data.Sqlite;

namespace ReportBot.Storage;

/// <summary>
/// Copies the write-ahead log back into the database file beside the writers, never inside one: SQLite's own
/// automatic checkpoint runs in the COMMIT that crosses 1,000 pages and makes that message wait for two fsyncs of
/// the whole batch. A passive checkpoint does not block writers or readers; the log stays durable meanwhile.
/// </summary>
internal sealed class WalCheckpoints(string path)
{
    /// <summary>About as often as SQLite's default (1,000 pages) at the 5–10 pages a message writes.</summary>
    private const int CommitsPerCheckpoint = 100;

    private readonly string connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 5 }.ToString();
    private int commits;
    private int running;

    public void Committed()
    {
        if (Interlocked.Increment(ref commits) % CommitsPerCheckpoint != 0 || Interlocked.Exchange(ref running, 1) == 1) return;
        _ = Task.Run(CheckpointAsync);
    }

    private async Task CheckpointAsync()
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new SqliteCommand("PRAGMA wal_checkpoint(PASSIVE);", connection);
            await command.ExecuteNonQueryAsync();
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
