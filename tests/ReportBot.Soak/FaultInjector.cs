using ReportBot.Tests.Fakes;

namespace ReportBot.Soak;

/// <summary>Every so often (about <c>everyMilliseconds</c>), one fault of the kinds Telegram shows: 429 short and long, 5xx, resets, hangs.</summary>
public sealed class FaultInjector(FakeBotApi api, Random random, int everyMilliseconds)
{
    public Dictionary<string, int> Injected { get; } = [];

    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(random.Next(everyMilliseconds / 2, everyMilliseconds * 3 / 2), ct);
            var method = random.Next(10) < 7 ? "sendMessage" : random.Next(2) == 0 ? "answerCallbackQuery" : "editMessageText";
            switch (random.Next(8))
            {
                case 0: Fail("429 retry_after 1", method, 429, 1); break;
                case 1: Fail("429 retry_after 8", method, 429, 8); break;
                case 2: Fail("500", method, 500); break;
                case 3: Fail("502 on getUpdates", "getUpdates", 502); break;
                case 4: Fail("reset before the call", method, FakeBotApi.ResetBefore); break;
                case 5: Fail("reset after the call (answer lost)", method, FakeBotApi.ResetAfter); break;
                case 6: await HangAsync("sendMessage", TimeSpan.FromSeconds(random.Next(2, 7)), ct); break;
                default: await HangAsync("getUpdates", TimeSpan.FromSeconds(random.Next(2, 6)), ct); break;
            }
        }
    }

    private void Fail(string name, string method, int status, int? retryAfter = null)
    {
        // One armed fault per method at a time. Armed every ~1.5 s while the bot is quiet, they piled up, and every
        // retry of the one chat still sending met one (a chat stalled 90 s at the end of a run).
        if (api.PendingFaults(method) > 0) return;
        api.FailNext(method, 1, status, retryAfter);
        Injected[name] = Injected.GetValueOrDefault(name) + 1;
    }

    private async Task HangAsync(string method, TimeSpan wait, CancellationToken ct)
    {
        Injected[$"{method} hangs"] = Injected.GetValueOrDefault($"{method} hangs") + 1;
        api.Hang(method, true);
        try
        {
            await Task.Delay(wait, ct);
        }
        finally
        {
            api.Hang(method, false);
        }
    }
}
