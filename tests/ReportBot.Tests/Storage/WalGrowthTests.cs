using ReportBot.Storage;

namespace ReportBot.Tests.Storage;

/// <summary>
/// Under steady writes, with a reader always open, the write-ahead log starts over instead of growing: SQLite rewinds
/// it only when a write begins with every frame already copied back, which a checkpoint beside the writers alone
/// never arranges while the writes keep coming.
/// </summary>
public sealed class WalGrowthTests : IDisposable
{
    private const int Commits = 1500;

    // ~4 pages a row (overflow pages): without a restart the log passes 6,000 frames, ~25 MB.
    private static readonly string Body = new('x', 16_000);

    private static readonly WalLimits Short = new(CommitsPerCheckpoint: 10, RestartFrames: 200, RestartWaitMilliseconds: 20);

    private readonly TempStoreFile file = new("wal");

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task UnderSteadyWritesWithAReaderAlwaysOpenTheLogStartsOverInsteadOfGrowing()
    {
        var ct = CancellationToken.None;
        using var store = new ReportStore(file.Path) { WalLimits = Short };
        await store.MigrateAsync(ct);
        using var stop = new CancellationTokenSource();
        var reads = ReadWithoutAGapAsync(store, stop.Token);

        long largest = 0;
        for (var i = 0; i < Commits; i++)
        {
            var writes = Enumerable.Range(0, 4).Select(k => WriteAsync(store, i * 4 + k, ct)).ToList();
            await Task.WhenAll(writes);
            largest = Math.Max(largest, new FileInfo(file.Path + "-wal").Length);
        }
        await stop.CancelAsync();
        var readCount = await reads;

        Assert.True(readCount > 100, $"only {readCount} reads overlapped the writes");
        // Restarts from 200 frames, checked every 10 commits: the log stays near 200–400 frames (0.8–1.6 MB).
        Assert.InRange(largest, 1, 4L * 1024 * 1024);
        await using var read = await store.ReadAsync(ct);
        Assert.NotNull(await read.NextInboxAsync(Commits * 4 - 1, ct));
    }

    private static async Task WriteAsync(ReportStore store, long updateId, CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        await session.StoreInboxAsync(updateId, chatId: updateId, userId: 1, Body, DateTimeOffset.UtcNow, ct);
        await session.CommitAsync(ct);
    }

    // Each read opens before the one before it closes, as a busy bot's lanes and sender do. On a thread of its own,
    // so a busy thread pool cannot hold a read open by not running its continuation.
    private static Task<int> ReadWithoutAGapAsync(ReportStore store, CancellationToken stop) => Task.Factory.StartNew(() =>
    {
        var count = 0;
        var open = store.ReadAsync(CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var next = store.ReadAsync(CancellationToken.None).GetAwaiter().GetResult();
                next.NextInboxAsync(1, CancellationToken.None).GetAwaiter().GetResult();
                open.DisposeAsync().AsTask().GetAwaiter().GetResult();
                open = next;
                count++;
                // Held a moment, as a lane holds its read while it works.
                Thread.Sleep(1);
            }
        }
        finally
        {
            open.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return count;
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
