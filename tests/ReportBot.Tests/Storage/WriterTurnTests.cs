using ReportBot.Core.Answers;
using ReportBot.Storage;

namespace ReportBot.Tests.Storage;

/// <summary>Writers of one process take turns in the process; readers never wait for them.</summary>
public sealed class WriterTurnTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task ASecondWriterWaitsForItsTurnWithoutBlockingItsThreadAndThenWrites()
    {
        var first = await chat.Store.BeginAsync(CancellationToken.None);
        // Another store on the same file, as a second service in the process would open.
        var second = new ReportStore(chat.DbPath).BeginAsync(CancellationToken.None);

        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await using var session = await second.WaitAsync(TimeSpan.FromSeconds(5));
        await session.AddPersonAsync(new Person(7, "后来者", Roles.Staff), DateTimeOffset.UtcNow, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AReaderSeesTheLastCommitWhileAWriterHoldsItsTurn()
    {
        await chat.AdmitAsync(1);
        await using var writer = await chat.Store.BeginAsync(CancellationToken.None);
        await writer.AddPersonAsync(new Person(2, "未提交", Roles.Staff), DateTimeOffset.UtcNow, CancellationToken.None);

        var reading = chat.Store.ReadAsync(CancellationToken.None);

        Assert.True(reading.IsCompleted);
        await using var reader = await reading;
        Assert.NotNull(await reader.FindPersonAsync(1, CancellationToken.None));
        Assert.Null(await reader.FindPersonAsync(2, CancellationToken.None));
    }

    [Fact]
    public async Task ManyConcurrentWritersAllCommitInTurn()
    {
        var writers = Enumerable.Range(100, 40).Select(id => Task.Run(async () =>
        {
            await using var s = await chat.Store.BeginAsync(CancellationToken.None);
            await s.AddPersonAsync(new Person(id, $"用户{id}", Roles.Staff), DateTimeOffset.UtcNow, CancellationToken.None);
            await s.CommitAsync(CancellationToken.None);
        }));

        await Task.WhenAll(writers);

        await using var read = await chat.Store.ReadAsync(CancellationToken.None);
        foreach (var id in Enumerable.Range(100, 40)) Assert.NotNull(await read.FindPersonAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task ManyChangesAreSavedAtOnceWithTheirHistoryInOrder()
    {
        await chat.AdmitAsync(1);
        var answers = new AnswerSet();
        answers.Set("a", "1");
        answers.Set("b", "2");
        answers.Set("a", "3");
        await using (var s = await chat.Store.BeginAsync(CancellationToken.None))
        {
            var report = await s.CreateReportAsync("f", "测试局", 2023, 1, DateTimeOffset.UtcNow, CancellationToken.None);
            await s.SaveAnswersAsync(report.Id, answers.Changes, 1, DateTimeOffset.UtcNow, CancellationToken.None);
            await s.CommitAsync(CancellationToken.None);
        }

        await using var read = await chat.Store.ReadAsync(CancellationToken.None);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "3", ["b"] = "2" }, await read.AnswersAsync(1, CancellationToken.None));
        Assert.Equal([new("a", null, "1"), new("b", null, "2"), new("a", "1", "3")], await read.HistoryAsync(1, CancellationToken.None));
    }
}
