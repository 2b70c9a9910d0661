using System.Diagnostics;
using ReportBot.Storage;
using ReportBot.Tests.Fakes;

namespace ReportBot.Soak;

/// <summary>
/// Measures, with the real bot process: how much one chat's slow download or 429 delays another chat's reply; that
/// a stranger's zip bomb is never fetched; and 10,000 hostile updates (strangers writing, editing, pressing, sending
/// files). Prints figures.
/// </summary>
public static class EdgeProbe
{
    private const long A = 20_001, B = 20_002;

    public static async Task<int> RunAsync(string program)
    {
        var db = Path.Combine(Path.GetTempPath(), $"reportbot-probe-{Guid.NewGuid():N}.db");
        await using var api = await FakeBotApi.StartAsync();
        using var bot = new BotProcess(program, new Dictionary<string, string>
        {
            ["Bot__Token"] = FakeBotApi.Token,
            ["Bot__BaseUrl"] = api.BaseUrl,
            ["Storage__Path"] = db,
            ["Bot__PollSeconds"] = "2",
            ["Bot__RequestSeconds"] = "20",
            ["Access__Coordinators__0"] = $"{A}",
            ["Access__Coordinators__1"] = $"{B}",
        }, Path.ChangeExtension(db, ".log"));
        Console.WriteLine($"ReportBot edge probe — the real bot process, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        bot.Start();
        await ReplyAsync(api, A, "/start", TimeSpan.FromSeconds(30));
        await ReplyAsync(api, B, "/start", TimeSpan.FromSeconds(30));

        var baseline = await ProbeAsync(api, 5);
        api.Hang("file", true);
        var hung = Stopwatch.StartNew();
        api.SendDocument(A, "去年的报告.docx", new byte[2048]);
        await WaitAsync(() => api.CallCount("file") >= 1);
        var downloading = await ProbeAsync(api, 5);
        // The download hangs 10 s in all; B was asked while it did.
        await Task.Delay(TimeSpan.FromSeconds(10) - hung.Elapsed);
        api.Hang("file", false);
        Print("B's reply, nothing else going on", baseline, baseline);
        Print("B's reply while A's download hangs (10 s)", downloading, baseline);

        await Task.Delay(3000);
        var calls = api.CallCount("sendMessage");
        api.FailNext("sendMessage", 1, 429, 5);
        api.SendText(A, "/help");
        await WaitAsync(() => api.CallCount("sendMessage") > calls);
        var limited = await ProbeAsync(api, 3);
        Print("B's reply while A waits out a 429 retry_after 5", limited, baseline);

        // A stranger's 1 MB .docx that would inflate to 1 GB.
        var bomb = FakeBotApiHostileFiles.ZipBomb(1024);
        var fetches = api.CallCount("getFile") + api.CallCount("file");
        api.SendDocument(30_001, "年度报告.docx", bomb);
        await Task.Delay(3000);
        bot.Sample();
        Console.WriteLine($"  stranger's zip bomb ({bomb.Length / 1024} KB, 1 GB inflated): downloads {api.CallCount("getFile") + api.CallCount("file") - fetches}, bot peak memory so far {bot.PeakMegabytes:0} MB");

        // 10,000 hostile updates from 2,000 strangers: texts, edits, presses on a staff message, file claims.
        var target = api.Messages.Last(m => m.ChatId == A).MessageId;
        var watch = Stopwatch.StartNew();
        long last = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var stranger = 40_000 + (i % 2000);
            last = (i % 4) switch
            {
                0 => api.SendText(stranger, "/start"),
                1 => api.EditText(stranger, 900_000 + i, "改"),
                2 => api.Press(stranger, target, "v1:x"),
                _ => api.SendDocument(stranger, "x.docx", 1_000_000),
            };
        }
        var flooded = await ProbeAsync(api, 3);
        await WaitAsync(() => api.GetUpdatesCalls.Any(c => c.Offset > last), TimeSpan.FromMinutes(3));
        Console.WriteLine($"  10,000 hostile updates stored past in {watch.Elapsed.TotalSeconds:0.0} s; bot still running: {bot.Running}");
        Print("B's reply during the flood", flooded, baseline);
        var toStrangers = api.Messages.Where(m => m.ChatId >= 30_000 && m.ChatId < 50_000).GroupBy(m => m.ChatId).ToList();
        var answers = api.CallbackAnswers.Count(c => c.Text is not null);
        await using (var read = await new ReportStore(db).ReadAsync(CancellationToken.None))
        {
            var known = await read.KnownSendersAsync([.. Enumerable.Range(40_000, 2000).Select(i => (long)i), 30_001], CancellationToken.None);
            Console.WriteLine($"  refusals: {toStrangers.Count} strangers got a message (most to one stranger: {toStrangers.Select(g => g.Count()).DefaultIfEmpty(0).Max()}), {answers} presses answered with it; strangers stored: {known.Count}; edits of staff messages by strangers: {api.Edits.Count(e => e.ChatId == A && e.MessageId == target)}; downloads: {api.CallCount("getFile") + api.CallCount("file") - fetches}");
        }
        bot.Sample();
        Console.WriteLine($"  peak memory of the bot: {bot.PeakMegabytes:0} MB");
        bot.Kill();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
        return 0;
    }

    /// <summary>B asks for help <paramref name="count"/> times, a little over a second apart (its own chat pace).</summary>
    private static async Task<List<double>> ProbeAsync(FakeBotApi api, int count)
    {
        var ms = new List<double>();
        for (var i = 0; i < count; i++)
        {
            ms.Add((await ReplyAsync(api, B, "/help", TimeSpan.FromSeconds(30))).TotalMilliseconds);
            await Task.Delay(1100);
        }
        return ms;
    }

    private static async Task<TimeSpan> ReplyAsync(FakeBotApi api, long user, string text, TimeSpan timeout)
    {
        var before = api.Messages.Count(m => m.ChatId == user);
        var watch = Stopwatch.StartNew();
        api.SendText(user, text);
        await WaitAsync(() => api.Messages.Count(m => m.ChatId == user) > before, timeout);
        return watch.Elapsed;
    }

    private static async Task WaitAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the bot did not get there in time");
            await Task.Delay(5);
        }
    }

    private static void Print(string what, List<double> ms, List<double> baseline) =>
        Console.WriteLine($"  {what}: median {Median(ms):0} ms, max {ms.Max():0} ms (+{Median(ms) - Median(baseline):0} ms on the median)");

    private static double Median(List<double> ms) => ms.Order().ElementAt(ms.Count / 2);
}
