namespace ReportBot.Tests.Fakes;

/// <summary>What the bot did, as snapshots, and waits for what it is about to do.</summary>
public sealed partial class FakeBotApi
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    public IReadOnlyList<SentMessage> Messages => Snapshot(sentMessages);

    public IReadOnlyList<EditedMessage> Edits => Snapshot(edits);

    public IReadOnlyList<CallbackAnswer> CallbackAnswers => Snapshot(callbackAnswers);

    public IReadOnlyList<SentDocument> Documents => Snapshot(documents);

    /// <summary>The commands of the last setMyCommands call.</summary>
    public IReadOnlyList<(string Command, string Description)> Commands => Snapshot(commands);

    public IReadOnlyList<long> LeftChats => Snapshot(leftChatLog);

    public async Task<SentMessage> WaitForMessageAsync(Func<SentMessage, bool> match, TimeSpan? timeout = null)
    {
        SentMessage? found = null;
        await WaitUntilAsync(() => (found = Messages.FirstOrDefault(match)) is not null, timeout, () => Last(Messages.Select(m => m.Text)));
        return found!;
    }

    public async Task<SentDocument> WaitForDocumentAsync(Func<SentDocument, bool> match, TimeSpan? timeout = null)
    {
        SentDocument? found = null;
        await WaitUntilAsync(() => (found = Documents.FirstOrDefault(match)) is not null, timeout, () => Last(Documents.Select(d => d.FileName)));
        return found!;
    }

    public Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null) =>
        WaitUntilAsync(condition, timeout, () => Last(Messages.Select(m => m.Text)));

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout, Func<string> context)
    {
        var wait = timeout ?? DefaultWait;
        var deadline = DateTime.UtcNow + wait;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Nothing matched within {wait.TotalSeconds:0.#} s. {context()}");
            }

            await Task.Delay(20);
        }
    }

    private static string Last(IEnumerable<string> items)
    {
        var last = items.TakeLast(5).Select(i => $"「{i}」").ToList();
        return last.Count == 0 ? "Nothing recorded yet." : $"Last recorded: {string.Join(" ", last)}";
    }

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (gate)
        {
            return [.. list];
        }
    }
}
