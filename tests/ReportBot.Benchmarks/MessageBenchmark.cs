using System.Globalization;

namespace ReportBot.Benchmarks;

/// <summary>
/// Messages through the real conversation service on a real SQLite file (WAL, synchronous=FULL): one chat at a
/// time with allocations, then 1 / 10 / 100 chats at once, each chat on its own report.
/// </summary>
internal static class MessageBenchmark
{
    private static long nextUser = 10_000;

    /// <summary>The concurrent runs' samples, for the breakdown printed after their table.</summary>
    public static List<(string Name, List<MessageSample> Samples)> Tails { get; } = [];

    public static async Task<IReadOnlyDictionary<string, string>> RunSequentialAsync(GcPauses gc, int rounds)
    {
        await using var host = await BenchHost.StartAsync();
        // Warm-up: one report of each script, not measured (tiered JIT, pools, the first document).
        var first = await RunOneAsync(host, ChatScript.Seed, countAllocations: false);
        await RunOneAsync(host, ChatScript.NonZero, countAllocations: false);
        // The process's first collections promote everything made at start (the host, the format, the compiled
        // code's data): about 2 MB, 5–8 ms each here. A bot that has been running paid them long ago, so they are
        // made before the measured window rather than inside it.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        gc.Take();
        var window = new GcWindow(gc);
        var seed = new List<MessageSample>();
        var nonZero = new List<MessageSample>();
        for (var r = 0; r < rounds; r++)
        {
            seed.AddRange(await RunOneAsync(host, ChatScript.Seed, countAllocations: true));
            nonZero.AddRange(await RunOneAsync(host, ChatScript.NonZero, countAllocations: true));
        }
        Console.WriteLine($"\n## One chat at a time ({rounds} reports of each script, allocations counted)\n");
        Console.WriteLine(Stats.LatencyHeader);
        var gcStats = window.Describe(seed.Count + nonZero.Count);
        gc.Attribute(seed.Concat(nonZero));
        foreach (var (name, samples) in new[] { ("seed", seed), ("non-zero", nonZero) })
        {
            Console.WriteLine(Stats.LatencyRow($"{name}: every message", samples));
            Console.WriteLine(Stats.LatencyRow($"{name}: every message but the submit confirm", samples.Where(s => s.Kind != "confirm")));
            // A few collections a run fall where they fall: the same messages without them show the tail of the work itself.
            var paused = samples.Count(s => s.Kind != "confirm" && s.GcMs > 0);
            Console.WriteLine(Stats.LatencyRow($"{name}: the same without the {paused} a GC pause fell in", samples.Where(s => s.Kind != "confirm" && s.GcMs == 0)));
            Console.WriteLine(Stats.LatencyRow($"{name}: the submit confirm (stores its document job)", samples.Where(s => s.Kind == "confirm")));
        }
        // What the first person after a start waits: the same messages before anything is compiled or pooled.
        Console.WriteLine(Stats.LatencyRow("seed, the first report after start: every message", first));
        Console.WriteLine($"  of which the slowest: {string.Join(", ", first.OrderByDescending(s => s.Ms).Take(4).Select(s => $"{s.Kind} {s.Ms:0.#} ms"))}; all {first.Sum(s => s.Ms):0} ms");
        Console.WriteLine(gcStats);
        Console.WriteLine($"\nWhere the time goes (mean ms per message; steps from the service's activities, – where it has none):\n\n{TailBreakdown.Header}");
        TailBreakdown.Print("one chat", [.. seed, .. nonZero]);
        TailBreakdown.PrintKinds("one chat", [.. seed, .. nonZero]);

        Console.WriteLine("\n| kind (seed) | n | allocated KB p50 | p99 | max | statements p50 | max | ms p50 |\n|---|---|---|---|---|---|---|---|");
        var zeroInTable3 = seed.Where(s => s.Kind == "zero" && s.Prompt.Contains("三、表三", StringComparison.Ordinal)).ToList();
        foreach (var (kind, samples) in seed.GroupBy(s => s.Kind).Select(g => (g.Key, g.ToList())).Append(("全部为0 in table 三", zeroInTable3)).Append(("non-zero: all", nonZero)))
        {
            var kb = samples.Select(s => s.AllocatedBytes / 1024.0).Order().ToList();
            var statements = samples.Select(s => (double)s.Statements).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {samples.Count} | {Stats.At(kb, 0.5):0.0} | {Stats.At(kb, 0.99):0.0} | {kb[^1]:0.0} | {Stats.At(statements, 0.5):0} | {statements[^1]:0} | {Stats.Median(samples.Select(s => s.Ms))} |"));
        }

        await using var read = await host.Store.ReadAsync(CancellationToken.None);
        var all = await read.AllReportsAsync(CancellationToken.None);
        Console.WriteLine($"\nreports submitted at the end: {all.Count(r => $"{r.Status}".Equals("submitted", StringComparison.OrdinalIgnoreCase))} of {all.Count}");
        return await read.AnswersAsync(all[0].Id, CancellationToken.None);
    }

    // A zero pause sends each chat's messages back to back (the store saturated); else it is each chat's typing time.
    public static async Task RunConcurrentAsync(GcPauses gc, int chats, int waves, TimeSpan pause)
    {
        await using var host = await BenchHost.StartAsync();
        await RunOneAsync(host, ChatScript.Seed, countAllocations: false);
        gc.Take();
        var window = new GcWindow(gc);
        var samples = new List<MessageSample>();
        var wall = TimeSpan.Zero;
        for (var w = 0; w < waves; w++)
        {
            var users = new List<long>();
            for (var c = 0; c < chats; c++)
            {
                var user = Interlocked.Increment(ref nextUser);
                await host.AdmitAsync(user);
                users.Add(user);
            }
            var started = System.Diagnostics.Stopwatch.StartNew();
            var runs = await Task.WhenAll(users.Select(u => Task.Run(() => ChatScript.Seed.RunAsync(host.Service, u, $"基准测试局{u}", countAllocations: false, pause))));
            wall += started.Elapsed;
            samples.AddRange(runs.SelectMany(r => r));
        }
        var how = pause == TimeSpan.Zero ? "back to back" : $"one message per ~{pause.TotalSeconds:0.#} s each";
        Console.WriteLine(Stats.LatencyRow($"{chats} chats at once, {how}, ×{waves}: every message ({samples.Count / wall.TotalSeconds:0} messages/s)", samples));
        Console.WriteLine(Stats.LatencyRow($"{chats} chats, {how}: every message but the submit confirm", samples.Where(s => s.Kind != "confirm")));
        Console.WriteLine(Stats.Row($"{chats} chats, {how}: waiting for the write turn", samples.Select(s => s.WaitNs / 1e6).Order().ToList()));
        Console.WriteLine($"|   {window.Describe(samples.Count)} |||||||");
        gc.Attribute(samples);
        Tails.Add(($"{chats} chats, {how}", samples));
    }

    private static async Task<List<MessageSample>> RunOneAsync(BenchHost host, ChatScript script, bool countAllocations)
    {
        var user = Interlocked.Increment(ref nextUser);
        await host.AdmitAsync(user);
        return await script.RunAsync(host.Service, user, $"基准测试局{user}", countAllocations);
    }
}
