using Microsoft.Data.Sqlite;
using ReportBot.Storage;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The store's transactions are SQL statements on the connection, not SqliteTransaction objects: what SQLite did to
/// them by itself is found out, and a connection never goes on mid-transaction.
/// </summary>
public sealed class RawTransactionTests : IDisposable
{
    private readonly TempStoreFile file = new("raw-transaction");
    private readonly SqliteConnection connection;

    public RawTransactionTests()
    {
        connection = new SqliteConnection($"Data Source={file.Path};Pooling=False");
        connection.Open();
        Run("CREATE TABLE t (x INTEGER)");
    }

    public void Dispose()
    {
        connection.Dispose();
        file.Dispose();
    }

    [Fact]
    public async Task CommittedRowsAreKeptAndThoseOfATransactionDisposedUncommittedAreNot()
    {
        await using (var kept = await RawTransaction.BeginAsync(connection, immediate: true, CancellationToken.None))
        {
            Run("INSERT INTO t VALUES (1)");
            await kept.CommitAsync(CancellationToken.None);
        }
        await using (await RawTransaction.BeginAsync(connection, immediate: true, CancellationToken.None)) Run("INSERT INTO t VALUES (2)");

        Assert.Equal(1L, Count());
        Assert.Equal(1, SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle));
    }

    [Fact]
    public async Task ATransactionSqliteRolledBackByItselfCannotBeCommitted()
    {
        await using var tx = await RawTransaction.BeginAsync(connection, immediate: true, CancellationToken.None);
        Run("INSERT INTO t VALUES (1)");
        // As SQLite does after a full disk or an I/O error: the transaction is gone before COMMIT.
        Run("ROLLBACK");

        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync(CancellationToken.None));
        Assert.Equal(0L, Count());
    }

    [Fact]
    public async Task AConnectionLeftMidTransactionIsRolledBackBeforeTheNextBegins()
    {
        Run("BEGIN");
        Run("INSERT INTO t VALUES (1)");

        await using var tx = await RawTransaction.BeginAsync(connection, immediate: false, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);

        Assert.Equal(0L, Count());
    }

    [Fact]
    public async Task ASavepointRolledBackTakesBackOnlyWhatCameAfterIt()
    {
        await using var tx = await RawTransaction.BeginAsync(connection, immediate: true, CancellationToken.None);
        Run("INSERT INTO t VALUES (1)");
        await tx.SaveAsync("m2");
        Run("INSERT INTO t VALUES (2)");
        await tx.RollbackToAsync("m2");
        await tx.CommitAsync(CancellationToken.None);

        Assert.Equal(1L, Count());
        await Assert.ThrowsAsync<ArgumentException>(() => tx.SaveAsync("m2; DROP TABLE t"));
    }

    private void Run(string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private long Count()
    {
        using var command = new SqliteCommand("SELECT COUNT(*) FROM t", connection);
        return (long)command.ExecuteScalar()!;
    }
}
