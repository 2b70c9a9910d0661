using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

/// <summary>
/// Interviews share configured machines, one lent to each for an intent: interviews running on many threads at once
/// say exactly what each says alone, so no machine carries one interview's mode or triggers into another's.
/// </summary>
public sealed class MachineLeaseTests
{
    private static List<string> Transcript(int k)
    {
        var chat = new InterviewDriver();
        var said = new List<string>();
        void Step(Func<Interview, InterviewOutcome> intent)
        {
            chat.Do(intent);
            said.Add($"{chat.State}: {chat.LastText}");
        }
        Step(i => i.Start());
        Step(i => i.Answer($"第{k}号测试局"));
        Step(i => i.Answer(k % 2 == 0 ? "2023" : "1999"));
        Step(i => i.Answer(k % 2 == 0 ? $"全年主动公开信息{k}条。" : "2024"));
        Step(i => i.Back());
        Step(i => i.Review());
        Step(i => i.Cancel());
        Step(i => i.Continue());
        return said;
    }

    [Fact]
    public async Task InterviewsOnManyThreadsAtOnceSayWhatEachSaysAlone()
    {
        var alone = Enumerable.Range(0, 16).Select(Transcript).ToList();

        var together = await Task.WhenAll(Enumerable.Range(0, 16 * 256).Select(n => Task.Run(() => (K: n % 16, Said: Transcript(n % 16)))));

        Assert.All(together, t => Assert.Equal(alone[t.K], t.Said));
        Assert.NotEqual(alone[0], alone[1]);
        Assert.Contains(alone[0], s => s.StartsWith(nameof(InterviewState.Reviewing), StringComparison.Ordinal));
    }
}
