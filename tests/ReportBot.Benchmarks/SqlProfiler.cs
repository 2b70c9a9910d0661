using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ReportBot.Benchmarks;

/// <summary>
/// SQLite's own profiler on every connection the store opens: each statement it runs is counted against the message
/// being handled (an async-local, so concurrent chats keep their own counts), with BEGIN and COMMIT timed apart.
/// </summary>
internal static class SqlProfiler
{
    private static readonly AsyncLocal<MessageSample?> Message = new();

    // Kept in a field: the native side holds only a pointer to it.
    private static readonly strdelegate_profile Callback = OnStatement;

    public static MessageSample? Current
    {
        get => Message.Value;
        set => Message.Value = value;
    }

    /// <summary>Time a write session queued for its turn in the process (the store reports it).</summary>
    public static void AddWait(TimeSpan waited)
    {
        if (Message.Value is { } sample) sample.WaitNs += (long)(waited.TotalMilliseconds * 1e6);
    }

    /// <summary>Keep each statement's text on its sample, to list what one message runs.</summary>
    public static bool KeepText { get; set; }

    // A pooled connection is opened many times; its profiler is set once (each setting made a handle for the finalizer).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<sqlite3, object> Attached = [];

    public static void Attach(SqliteConnection connection)
    {
        if (connection.Handle is not { } handle || Attached.TryGetValue(handle, out _)) return;
        Attached.Add(handle, Callback);
        raw.sqlite3_profile(handle, Callback, null);
    }

    private static void OnStatement(object userData, string statement, long ns)
    {
        if (Message.Value is not { } sample) return;
        sample.Statements++;
        if (KeepText) sample.Sql.Add(statement);
        var sql = statement;
        // Whole milliseconds only (SQLite's clock here), enough for the busy handler's sleeps.
        if (sql.StartsWith("BEGIN", StringComparison.OrdinalIgnoreCase)) sample.WaitNs += ns;
        else if (sql.StartsWith("COMMIT", StringComparison.OrdinalIgnoreCase)) sample.CommitMs += ns / 1e6;
    }
}
