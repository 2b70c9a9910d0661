using Microsoft.Data.Sqlite;
using ReportBot.Storage;

namespace ReportBot.Tests.Storage;

/// <summary>The write connection keeps its queries prepared, and never lends one that is still reading.</summary>
public sealed class KeptQueryTests : IDisposable
{
    private readonly TempStoreFile file = new("kept-query");
    private readonly WriteTurn turn;

    public KeptQueryTests()
    {
        turn = new WriteTurn(async ct =>
        {
            var connection = new SqliteConnection($"Data Source={file.Path};Pooling=False");
            await connection.OpenAsync(ct);
            return connection;
        }, new WalCheckpoints(file.Path, WalLimits.Default));
    }

    [Fact]
    public async Task AQueryStillReadingIsNotLentAgainAndIsOnceItsReaderIsClosed()
    {
        var (_, _, member) = await turn.EnterAsync(CancellationToken.None);
        const string sql = "SELECT value FROM json_each('[1, 2, 3]')";

        var first = turn.PreparedQuery(sql)!;
        var reader = await first.Command.ExecuteReaderAsync();
        first.Reader = reader;
        Assert.True(await reader.ReadAsync());

        // Asked again while the first reader is open (a query inside another's loop): the caller makes its own.
        Assert.Null(turn.PreparedQuery(sql));

        await reader.DisposeAsync();
        var again = turn.PreparedQuery(sql)!;
        Assert.Same(first.Command, again.Command);
        await using var rows = await again.Command.ExecuteReaderAsync();
        var values = new List<long>();
        while (await rows.ReadAsync()) values.Add(rows.GetInt64(0));
        Assert.Equal([1, 2, 3], values);
        await rows.DisposeAsync();
        await turn.LeaveAsync(member, keep: false);
    }

    public void Dispose()
    {
        turn.CloseAsync().AsTask().GetAwaiter().GetResult();
        file.Dispose();
    }
}
