using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ReportBot.Storage;

/// <summary>
/// The SQLite file: opens connections with the settings every connection needs, runs migrations, and begins the
/// write sessions in which one incoming message is handled. Writes go through one connection kept open, one session
/// at a time; reads open their own.
/// </summary>
public sealed class ReportStore(string path) : IAsyncDisposable, IDisposable
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 5,
    }.ToString();

    public string Path { get; } = path;

    /// <summary>How long the write-ahead log may grow; tests make it short.</summary>
    internal WalLimits WalLimits { get; init; } = WalLimits.Default;

    // One writer per file in the process, shared by every store opened on it (made by the first, with its settings).
    private static readonly ConcurrentDictionary<string, WriteTurn> Writers = new(StringComparer.Ordinal);

    private WriteTurn Writer => Writers.GetOrAdd(System.IO.Path.GetFullPath(Path), _ => new WriteTurn(OpenAsync, new WalCheckpoints(Path, WalLimits)));

    /// <summary>Called with every connection the store opens; the benchmark attaches SQLite's profiler here.</summary>
    public Action<SqliteConnection>? Opened { get; init; }

    public async Task MigrateAsync(CancellationToken ct)
    {
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) is { } dir) Directory.CreateDirectory(dir);
        await using var connection = await OpenAsync(ct);
        // WAL persists in the file: readers never wait for the writer.
        await Execute(connection, "PRAGMA journal_mode = WAL;", ct);
        var version = Convert.ToInt32(await Scalar(connection, "PRAGMA user_version;", ct), System.Globalization.CultureInfo.InvariantCulture);
        // SQLite's table rebuild (a changed CHECK) needs foreign keys off, and checked before each commit instead.
        await Execute(connection, "PRAGMA foreign_keys = OFF;", ct);
        for (var i = version; i < Migrations.All.Count; i++)
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await using (var command = new SqliteCommand(Migrations.All[i], connection, tx)) await command.ExecuteNonQueryAsync(ct);
            await using (var check = new SqliteCommand("PRAGMA foreign_key_check;", connection, tx))
                if (await check.ExecuteScalarAsync(ct) is not null) throw new InvalidOperationException($"migration {i + 1} broke a foreign key");
            // PRAGMA takes no parameters; the value is our own loop counter.
            await using (var command = new SqliteCommand($"PRAGMA user_version = {i + 1};", connection, tx)) await command.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        await FillComputedColumnsAsync(connection, ct);
    }

    // A name's core (AgencyNames.Core) and a default deadline (ReportDeadlines) are worked out in C#, so the rows
    // from before their columns get them here, once.
    private static async Task FillComputedColumnsAsync(SqliteConnection connection, CancellationToken ct)
    {
        var missing = new List<(long Id, string Agency, int Year)>();
        await using (var select = new SqliteCommand("SELECT id, agency, year FROM reports WHERE agency_core IS NULL OR deadline IS NULL", connection))
        await using (var reader = await select.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) missing.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2)));
        if (missing.Count == 0) return;
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        foreach (var (id, agency, year) in missing)
        {
            await using var update = new SqliteCommand(
                "UPDATE reports SET agency_core = COALESCE(agency_core, $core), deadline = COALESCE(deadline, $deadline) WHERE id = $id", connection, tx);
            update.Parameters.AddWithValue("$core", Core.Interviews.AgencyNames.Core(agency));
            update.Parameters.AddWithValue("$deadline", StoreSession.DayText(Core.Deadlines.ReportDeadlines.DefaultFor(agency, year)));
            update.Parameters.AddWithValue("$id", id);
            await update.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>Called with how long each write session waited for its turn; the benchmark records it.</summary>
    public Action<TimeSpan>? WriterWaited { get; init; }

    /// <summary>
    /// A session holding the write turn until it commits or is disposed. Writers of one process queue here, so
    /// SQLite's busy handler (which sleeps, and blocks a thread) only ever meets another process; those that queue
    /// behind each other share one COMMIT (<see cref="WriteTurn"/>).
    /// </summary>
    public async Task<StoreSession> BeginAsync(CancellationToken ct)
    {
        var waiting = Stopwatch.GetTimestamp();
        var (connection, transaction, member) = await Writer.EnterAsync(ct);
        WriterWaited?.Invoke(Stopwatch.GetElapsedTime(waiting));
        return new StoreSession(connection, transaction, Writer, member);
    }

    public async ValueTask DisposeAsync()
    {
        // The file's connection is closed between sessions; a store still in use opens it again.
        if (Writers.TryGetValue(System.IO.Path.GetFullPath(Path), out var writer)) await writer.CloseAsync();
    }

    // A host disposed synchronously (using, not await using) still closes the connection.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>A read-only session (deferred, no write turn): it sees the last committed state and never waits for writers.</summary>
    public async Task<StoreSession> ReadAsync(CancellationToken ct)
    {
        // No settings to make: they concern writes (keys, durability, checkpoints), and a pooled connection is
        // reopened here several times per update. SqliteCommand retries a busy read for its timeout by itself.
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        Opened?.Invoke(connection);
        try
        {
            return new StoreSession(connection, await RawTransaction.BeginAsync(connection, immediate: false, ct));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // Per-connection settings: they do not persist in the file. No checkpoint inside a COMMIT: WalCheckpoints runs them beside.
        // PRAGMA takes no parameters; the values are our own constants.
        await Execute(connection,
            $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {WalLimits.BusyTimeoutMilliseconds}; PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = {WalLimits.JournalSizeLimitBytes};", ct);
        Opened?.Invoke(connection);
        return connection;
    }

    /// <summary>A fixed statement (no values) on a connection: its settings, and the transactions' BEGIN and COMMIT.</summary>
    internal static async Task Execute(SqliteConnection c, string sql, CancellationToken ct)
    {
        await using var command = new SqliteCommand(sql, c);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> Scalar(SqliteConnection c, string sql, CancellationToken ct)
    {
        await using var command = new SqliteCommand(sql, c);
        return await command.ExecuteScalarAsync(ct);
    }
}
