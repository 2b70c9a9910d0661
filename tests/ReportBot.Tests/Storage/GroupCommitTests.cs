using Microsoft.Data.Sqlite;
using ReportBot.Storage;
using SQLitePCL;

namespace ReportBot.Tests.Storage;

/// <summary>
/// Writers queued behind each other share one COMMIT, each still returning only once its changes are on disk, and
/// a writer undone inside the shared transaction takes back only its own changes.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private readonly string db = Path.Combine(Path.GetTempPath(), $"reportbot-group-{Guid.NewGuid():N}.db");
    private readonly ReportStore store;
    private int commits;

    // Kept in a field: the native side holds only a pointer to it.
    private readonly delegate_commit countCommit;

    public GroupCommitTests()
    {
        countCommit = _ =>
        {
            Interlocked.Increment(ref commits);
            return 0;
        };
        store = new ReportStore(db) { Opened = c => raw.sqlite3_commit_hook(c.Handle, countCommit, null) };
        store.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        store.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { db, db + "-wal", db + "-shm" }) File.Delete(file);
    }

    [Fact]
    public async Task WritersQueuedBehindEachOtherShareOneCommitAndEachReturnsOnlyOnceItIsDurable()
    {
        var first = await store.BeginAsync(CancellationToken.None);
        await first.AddPersonAsync(new Person(1, "第一", Roles.Staff), Now, CancellationToken.None);
        // Five more queue for the turn while the first holds it.
        var queued = Enumerable.Range(2, 5).Select(id => WriteAsync(store.BeginAsync(CancellationToken.None), id)).ToList();
        var before = Volatile.Read(ref commits);

        var firstCommitted = first.CommitAsync(CancellationToken.None);
        await Task.WhenAll([firstCommitted, .. queued]).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, Volatile.Read(ref commits) - before);
        await using var read = await store.ReadAsync(CancellationToken.None);
        foreach (var id in Enumerable.Range(1, 6)) Assert.NotNull(await read.FindPersonAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task TheFirstWritersCommitWaitsForTheSharedCommitAndIsVisibleToOthersWhenItReturns()
    {
        var first = await store.BeginAsync(CancellationToken.None);
        await first.AddPersonAsync(new Person(1, "第一", Roles.Staff), Now, CancellationToken.None);
        var second = store.BeginAsync(CancellationToken.None);

        var firstCommitted = first.CommitAsync(CancellationToken.None);
        await using var session = await second.WaitAsync(TimeSpan.FromSeconds(5));

        // Passed on with the open transaction: not yet on disk, so not yet acknowledged.
        Assert.False(firstCommitted.IsCompleted);
        await using (var read = await store.ReadAsync(CancellationToken.None)) Assert.Null(await read.FindPersonAsync(1, CancellationToken.None));
        await session.AddPersonAsync(new Person(2, "第二", Roles.Staff), Now, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        await firstCommitted.WaitAsync(TimeSpan.FromSeconds(5));
        await using (var read = await store.ReadAsync(CancellationToken.None)) Assert.NotNull(await read.FindPersonAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task AWriterUndoneInsideASharedTransactionTakesBackOnlyItsOwnChanges()
    {
        var first = await store.BeginAsync(CancellationToken.None);
        await first.AddPersonAsync(new Person(1, "保留", Roles.Staff), Now, CancellationToken.None);
        var second = store.BeginAsync(CancellationToken.None);
        var third = WriteAsync(store.BeginAsync(CancellationToken.None), 3);

        var firstCommitted = first.CommitAsync(CancellationToken.None);
        await using (var undone = await second.WaitAsync(TimeSpan.FromSeconds(5)))
            await undone.AddPersonAsync(new Person(2, "撤销", Roles.Staff), Now, CancellationToken.None);
        await Task.WhenAll(firstCommitted, third).WaitAsync(TimeSpan.FromSeconds(10));

        await using var read = await store.ReadAsync(CancellationToken.None);
        Assert.NotNull(await read.FindPersonAsync(1, CancellationToken.None));
        Assert.Null(await read.FindPersonAsync(2, CancellationToken.None));
        Assert.NotNull(await read.FindPersonAsync(3, CancellationToken.None));
    }

    [Fact]
    public async Task AFirstWriterUndoneLeavesNothingAndTheNextStartsAfresh()
    {
        var first = await store.BeginAsync(CancellationToken.None);
        await first.AddPersonAsync(new Person(1, "撤销", Roles.Staff), Now, CancellationToken.None);
        var second = WriteAsync(store.BeginAsync(CancellationToken.None), 2);

        await first.DisposeAsync();
        await second.WaitAsync(TimeSpan.FromSeconds(5));

        await using var read = await store.ReadAsync(CancellationToken.None);
        Assert.Null(await read.FindPersonAsync(1, CancellationToken.None));
        Assert.NotNull(await read.FindPersonAsync(2, CancellationToken.None));
    }

    [Fact]
    public async Task ASessionCannotWriteAfterItsCommit()
    {
        var session = await store.BeginAsync(CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);

        await Assert.ThrowsAsync<ObjectDisposedException>(() => session.AddPersonAsync(new Person(9, "迟到", Roles.Staff), Now, CancellationToken.None));
        await session.DisposeAsync();
    }

    private static async Task WriteAsync(Task<StoreSession> beginning, long id)
    {
        await using var session = await beginning;
        await session.AddPersonAsync(new Person(id, $"用户{id}", Roles.Staff), Now, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }
}
