namespace ReportBot.Storage;

/// <summary>How long the write-ahead log may grow and how checkpoints keep it so (<see cref="WalCheckpoints"/>).</summary>
internal sealed record WalLimits(int CommitsPerCheckpoint, int RestartFrames, int RestartWaitMilliseconds)
{
    /// <summary>The writer connection's wait for another process's write lock.</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    /// <summary>
    /// A passive checkpoint about as often as SQLite's default (1,000 pages) at the 5–10 pages a message writes; the
    /// log starts over from ~1,000 frames (4 MB), SQLite's own size, because a commit that grows the file costs about
    /// twice one that writes over it (the fsync then also journals the file's new size): one chat's messages took
    /// 1.46–1.51 ms median with the log starting over at 4,000 frames, all of them growing it, and 0.74–0.83 ms at
    /// 1,000 (2026-12-03). The writer waits at most 10 ms for readers still on the old log (SQLite sleeps 1, 2 and 5 ms).
    /// </summary>
    public static WalLimits Default { get; } = new(CommitsPerCheckpoint: 100, RestartFrames: 1000, RestartWaitMilliseconds: 10);

    /// <summary>The log file is cut back to this after it starts over (SQLite keeps it, reused, otherwise).</summary>
    public long JournalSizeLimitBytes => 2L * RestartFrames * 4120;
}
