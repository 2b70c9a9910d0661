using Microsoft.Data.Sqlite;

namespace ReportBot.Storage;

/// <summary>
/// A transaction run as SQL on one connection (<c>BEGIN</c>, <c>SAVEPOINT</c>, <c>COMMIT</c>) rather than a
/// <see cref="SqliteTransaction"/>. Its Commit clears SQLite's rollback hook, and SQLitePCLRaw makes a hook handle for
/// the cleared hook that nothing disposes: one object for the finalizer per transaction, so per message. Commands run
/// on the connection without naming a transaction (Microsoft.Data.Sqlite checks one only when it began it itself).
/// </summary>
internal sealed class RawTransaction : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private bool open = true;

    private RawTransaction(SqliteConnection connection) => this.connection = connection;

    /// <summary>Begins on <paramref name="connection"/>: IMMEDIATE takes the write lock now, DEFERRED only reads until it writes.</summary>
    public static async Task<RawTransaction> BeginAsync(SqliteConnection connection, bool immediate, CancellationToken ct)
    {
        // A pooled connection whose last session could not roll back comes back mid-transaction: that one is undone.
        if (InTransaction(connection)) await ReportStore.Execute(connection, "ROLLBACK;", ct);
        await ReportStore.Execute(connection, immediate ? "BEGIN IMMEDIATE;" : "BEGIN DEFERRED;", ct);
        return new RawTransaction(connection);
    }

    public Task SaveAsync(string savepoint) => ReportStore.Execute(connection, $"SAVEPOINT {Name(savepoint)};", CancellationToken.None);

    public Task ReleaseAsync(string savepoint) => ReportStore.Execute(connection, $"RELEASE {Name(savepoint)};", CancellationToken.None);

    /// <summary>Undoes what was done since the savepoint, and ends it.</summary>
    public async Task RollbackToAsync(string savepoint)
    {
        await ReportStore.Execute(connection, $"ROLLBACK TO {Name(savepoint)};", CancellationToken.None);
        await ReleaseAsync(savepoint);
    }

    /// <summary>
    /// COMMIT. SQLite may have rolled the transaction back by itself (a full disk, an I/O error); then there is
    /// nothing to commit, and saying so is an error: changes the caller believes kept are not.
    /// </summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        if (!open) throw new InvalidOperationException("the transaction is over");
        if (!InTransaction(connection)) throw new InvalidOperationException("SQLite rolled the transaction back");
        open = false;
        await ReportStore.Execute(connection, "COMMIT;", ct);
    }

    public async Task RollbackAsync()
    {
        if (!open) return;
        open = false;
        if (InTransaction(connection)) await ReportStore.Execute(connection, "ROLLBACK;", CancellationToken.None);
    }

    /// <summary>Not committed: rolled back, as a disposed <see cref="SqliteTransaction"/> is.</summary>
    public async ValueTask DisposeAsync()
    {
        if (connection.State == System.Data.ConnectionState.Open) await RollbackAsync();
        open = false;
    }

    // Autocommit is off exactly while a transaction is open on the connection.
    private static bool InTransaction(SqliteConnection connection) => SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0;

    // Savepoint names are the write turn's own (m2, m3 …), never a user's text; checked all the same.
    private static string Name(string savepoint) =>
        savepoint.All(char.IsAsciiLetterOrDigit) ? savepoint : throw new ArgumentException($"not a savepoint name: {savepoint}", nameof(savepoint));
}
