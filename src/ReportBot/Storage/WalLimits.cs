namespace ReportBot.Storage;

/// <summary>How long the write-ahead log may grow and how checkpoints keep it so (<see cref="WalCheckpoints"/>).</summary>
internal sealed record WalLimits(int CommitsPerCheckpoint, int RestartFrames, int RestartWaitMilliseconds)
{
    /// <summary>The writer connection's wait for another process's write lock.</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    /// <summary>
    /// A passive checkpoint about as often as SQLite's default (1,000 pages) at the 5–10 pages a message writes; the
    /// log starts over from ~4,000 frames (16 MB); the writer waits at most 10 ms for readers still on the old log (SQLite sleeps 1, 2 and 5 ms).
    /// </summary>
    public static WalLimits Default { get; } = new(CommitsPerCheckpoint: 100, RestartFrames: 4000, RestartWaitMilliseconds: 10);

    /// <summary>The log file is cut back to this after it starts over (SQLite keeps it, reused, otherwise).</summary>
    public long JournalSizeLimitBytes => 2L * RestartFrames * 4120;
}
