using Microsoft.Data.Sqlite;

namespace ReportBot.Storage;

/// <summary>How a session runs its statements: every value bound as a parameter, never written into the SQL.</summary>
public sealed partial class StoreSession
{
    private SqliteCommand Command(string sql, (string Name, object? Value)[] args)
    {
        EnsureOpen();
        return Bind(new SqliteCommand(sql, connection), args);
    }

    // After its commit the write turn is another session's: a statement here would land in its transaction (and a
    // kept command touched here could be one that session is running).
    private void EnsureOpen() => ObjectDisposedException.ThrowIf(ended, this);

    private static SqliteCommand Bind(SqliteCommand command, (string Name, object? Value)[] args)
    {
        foreach (var (name, value) in args) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    // A write session runs its readerless statements on the write connection's kept commands (prepared once).
    private async Task<T> RunAsync<T>(string sql, (string, object?)[] args, Func<SqliteCommand, Task<T>> run)
    {
        EnsureOpen();
        if (writer?.Prepared(sql) is { } kept)
        {
            try
            {
                return await run(Bind(kept, args));
            }
            finally
            {
                // The kept command outlives the message: its values (a reply's JSON, the changes) are not kept with it.
                kept.Parameters.Clear();
            }
        }
        await using var command = Command(sql, args);
        return await run(command);
    }

    private Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string, object?)[] args) =>
        RunAsync(sql, args, c => c.ExecuteNonQueryAsync(ct));

    private Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string, object?)[] args) =>
        RunAsync(sql, args, c => c.ExecuteScalarAsync(ct));

    // A write session reads through the write connection's kept queries; the reader is closed with the session at
    // the latest. Otherwise the reader still needs its command, and the command is disposed with the session.
    private async Task<SqliteDataReader> QueryAsync(string sql, CancellationToken ct, params (string, object?)[] args)
    {
        EnsureOpen();
        if (writer?.PreparedQuery(sql) is { } kept)
        {
            var reader = await Bind(kept.Command, args).ExecuteReaderAsync(ct);
            kept.Reader = reader;
            keptQueries.Add(kept);
            return reader;
        }
        var command = Command(sql, args);
        queries.Add(command);
        return await command.ExecuteReaderAsync(ct);
    }
}
