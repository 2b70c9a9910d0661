using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportBot.Tests.Fakes;
using Telegram.Bot;

namespace ReportBot.Benchmarks;

/// <summary>
/// Updates a second end to end: the real bot program against the fake Bot API on 127.0.0.1, beside a bare
/// Telegram.Bot echo loop against a fake of its own, runs interleaved. Each chat is a person who sends the next line
/// once every reply to the last has arrived; the reply delay is from sending to the last reply's arrival.
/// </summary>
internal static class EndToEndBenchmark
{
    public const string Header = "| run | chats × steps | updates/s | reply p50 ms | p99 ms | max ms | gave up | bot CPU ms per update | harness CPU ms per update | bot peak RSS MB | bot RSS at the end: private / mapped files MB | outbox rows per update |\n|---|---|---|---|---|---|---|---|---|---|---|---|";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(string botDll, int chats, int steps, int rounds, int pacedSteps, int waves)
    {
        var lines = ChatScript.Seed.Lines.Take(ChatScript.Seed.Lines.ToList().IndexOf("/submit")).Take(steps).ToList();
        var expected = await ExpectedRepliesAsync(lines);
        Console.WriteLine($"ReportBot: `{botDll}`; each chat the seed's first {lines.Count} lines ({expected.Sum()} replies); echo: {lines.Count} texts, one reply each.\n");
        Console.WriteLine(Header);
        // The harness (fake API, people, echo loop) is compiled first: run cold, the first echo round measured its JIT.
        await EchoAsync(chats, lines.Count);
        var ratios = Enumerable.Range(0, waves).Select(_ => new List<double>()).ToList();
        for (var r = 0; r < rounds; r++)
        {
            var echo = await EchoAsync(chats, lines.Count);
            // Waves of other people in one bot process: the first meets code not yet compiled past its first tier
            // (a bot just started); later ones what a bot that has been running does, once tiering has settled.
            var bot = await BotAsync(botDll, chats, lines, expected, raised: true, waves);
            Console.WriteLine(echo.Row($"echo, round {r + 1}"));
            for (var w = 0; w < waves; w++)
            {
                Console.WriteLine(bot[w].Row($"ReportBot, pace raised, round {r + 1}, {WaveName(w)}"));
                ratios[w].Add(bot[w].PerSecond / echo.PerSecond);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nReportBot ÷ echo, updates/s, pace raised: {string.Join("; ", ratios.Select((r, w) => $"{WaveName(w)} {Ratios(r)}"))}"));
        if (pacedSteps > 0)
        {
            var few = lines.Take(pacedSteps).ToList();
            var paced = (await BotAsync(botDll, chats, few, expected.Take(few.Count).ToList(), raised: false, waves: 1))[0];
            Console.WriteLine($"\n{Header}\n{paced.Row("ReportBot at Telegram's pace (25 messages/s in all, 1/s per chat after 3)")}");
        }
    }

    private static string WaveName(int wave) => wave == 0 ? "first wave after start" : $"wave {wave + 1}";

    private static string Ratios(List<double> ratios) =>
        $"{string.Join(", ", ratios.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))} (median {Stats.Median(ratios)}×)";

    private static async Task<Run> EchoAsync(int chats, int steps)
    {
        await using var api = await FakeBotApi.StartAsync();
        using var stop = new CancellationTokenSource();
        using var http = new HttpClient();
        var echo = Task.Run(() => EchoBot.RunAsync(new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, api.BaseUrl), http), stop.Token));
        var lines = Enumerable.Range(1, steps).Select(i => $"回声{i}").ToList();
        var run = await PeopleAsync(api, chats, lines, [.. Enumerable.Repeat(1, steps)]);
        await stop.CancelAsync();
        await echo;
        return run;
    }

    private static async Task<List<Run>> BotAsync(string dll, int chats, List<string> lines, List<int> expected, bool raised, int waves)
    {
        await using var api = await FakeBotApi.StartAsync();
        var db = Path.Combine(Path.GetTempPath(), $"reportbot-e2e-{Guid.NewGuid():N}.db");
        var environment = new Dictionary<string, string>
        {
            ["Bot__Token"] = FakeBotApi.Token,
            ["Bot__BaseUrl"] = api.BaseUrl,
            ["Storage__Path"] = db,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (raised)
        {
            // Telegram's limits are the bot's own by design; raised here to see what the rest of the bot can do.
            environment["Bot__MessagesPerSecond"] = "100000";
            environment["Bot__ChatMessagesPerSecond"] = "100";
        }
        // --bot-env NAME=VALUE (BOT_ENV in this process): runtime settings tried on the bot alone.
        foreach (var setting in (Environment.GetEnvironmentVariable("BOT_ENV") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            environment[setting[..setting.IndexOf('=', StringComparison.Ordinal)]] = setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..];
        for (var i = 0; i < chats * waves; i++) environment[$"Access__Coordinators__{i}"] = User(i).ToString(CultureInfo.InvariantCulture);
        var runs = new List<Run>();
        using (var bot = new BotProgram(dll, environment))
        {
            bot.Start();
            var ready = Stopwatch.StartNew();
            while (api.GetUpdatesCalls.Count == 0 && ready.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
            for (var wave = 0; wave < waves; wave++)
            {
                var cpu = bot.CpuTime();
                var run = await PeopleAsync(api, chats, lines, expected, firstUser: wave * chats);
                run.CpuMsPerUpdate = (bot.CpuTime() - cpu).TotalMilliseconds / (chats * lines.Count);
                run.PeakMegabytes = bot.PeakMegabytes();
                (run.PrivateMegabytes, run.FileMegabytes) = bot.ResidentMegabytes();
                runs.Add(run);
            }
        }
        await using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await connection.OpenAsync();
            // A bot from before the durable outbox (a "before" build given with --bot) has no such table.
            await using var table = new SqliteCommand("SELECT COUNT(*) FROM sqlite_master WHERE name = 'telegram_outbox'", connection);
            var hasOutbox = Convert.ToInt64(await table.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0;
            await using var rows = new SqliteCommand(hasOutbox ? "SELECT COUNT(*) FROM telegram_outbox" : "SELECT NULL", connection);
            var count = await rows.ExecuteScalarAsync();
            var perUpdate = count is DBNull ? double.NaN : Convert.ToDouble(count, CultureInfo.InvariantCulture) / (chats * waves * lines.Count);
            foreach (var run in runs) run.OutboxRowsPerUpdate = perUpdate;
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
        return runs;
    }

    private static async Task<Run> PeopleAsync(FakeBotApi api, int chats, List<string> lines, List<int> expected, int firstUser = 0)
    {
        // The harness (this process: the fake Bot API and the people, and the echo bot in its run) shares the 2 cores.
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var people = await Task.WhenAll(Enumerable.Range(firstUser, chats).Select(i => Task.Run(() => PersonAsync(api, User(i), $"端到端测试局{i}", lines, expected))));
        var run = new Run(chats, lines.Count, chats * lines.Count / watch.Elapsed.TotalSeconds, [.. people.SelectMany(p => p.Delays).Order()], people.Sum(p => p.GaveUp));
        self.Refresh();
        run.HarnessCpuMsPerUpdate = (self.TotalProcessorTime - cpu).TotalMilliseconds / (chats * lines.Count);
        return run;
    }

    private static async Task<(List<double> Delays, int GaveUp)> PersonAsync(FakeBotApi api, long user, string agency, List<string> lines, List<int> expected)
    {
        var (delays, gaveUp, owed) = (new List<double>(), 0, 0);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i] == ChatScript.SeedAgency ? agency : lines[i];
            var watch = Stopwatch.StartNew();
            if (line.StartsWith('#') && api.LastButton(user, int.Parse(line[1..], CultureInfo.InvariantCulture)) is { } button) api.Press(user, button.MessageId, button.Data);
            else api.SendText(user, line);
            owed += expected[i];
            if (expected[i] == 0) continue;
            var replied = api.WaitForSentAsync(user, owed);
            if (await Task.WhenAny(replied, Task.Delay(Patience)) != replied) gaveUp++;
            delays.Add(watch.Elapsed.TotalMilliseconds);
        }
        return (delays, gaveUp);
    }

    /// <summary>The messages and documents each line gets, as the service's outbox rows say, on a scratch store.</summary>
    private static async Task<List<int>> ExpectedRepliesAsync(List<string> lines)
    {
        await using var host = await BenchHost.StartAsync();
        await host.AdmitAsync(User(0));
        var samples = await new ChatScript("reference", lines).RunAsync(host.Service, User(0), "端到端测试局0", countAllocations: false);
        await using var connection = await host.OpenRawAsync();
        await using var command = new SqliteCommand("SELECT update_id, COUNT(*) FROM telegram_outbox WHERE kind IN ('text', 'document') GROUP BY update_id", connection);
        var counts = new Dictionary<long, int>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) counts[reader.GetInt64(0)] = reader.GetInt32(1);
        return [.. samples.Select(s => s.UpdateId is { } id ? counts.GetValueOrDefault(id) : 0)];
    }

    private static long User(int i) => 500_000 + i;

    private sealed record Run(int Chats, int Steps, double PerSecond, List<double> Delays, int GaveUp)
    {
        public double CpuMsPerUpdate { get; set; } = double.NaN;

        public double PeakMegabytes { get; set; } = double.NaN;

        public double HarnessCpuMsPerUpdate { get; set; } = double.NaN;

        /// <summary>Resident at the wave's end: the process's own pages (heap, compiled code) and the mapped runtime and assemblies.</summary>
        public double PrivateMegabytes { get; set; } = double.NaN;

        public double FileMegabytes { get; set; } = double.NaN;

        /// <summary>Each row is one Bot API call and one committed write (marking it sent) in the bot.</summary>
        public double OutboxRowsPerUpdate { get; set; } = double.NaN;

        public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Chats} × {Steps} | {PerSecond:0} | {Stats.At(Delays, 0.5):0} | {Stats.At(Delays, 0.99):0} | {(Delays.Count == 0 ? double.NaN : Delays[^1]):0} | {GaveUp} | {CpuMsPerUpdate:0.00} | {HarnessCpuMsPerUpdate:0.00} | {PeakMegabytes:0} | {PrivateMegabytes:0} / {FileMegabytes:0} | {OutboxRowsPerUpdate:0.0} |");
    }
}
