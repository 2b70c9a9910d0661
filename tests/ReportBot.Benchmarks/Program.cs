using System.Globalization;
using ReportBot.Benchmarks;

// Prints figures; asserts nothing. Run: dotnet run -c Release --project tests/ReportBot.Benchmarks [-- --rounds 20 --status 1000,10000 --no-memory]
// Only the paged /status figures (issue 12): dotnet run -c Release --project tests/ReportBot.Benchmarks -- status-pages [500]
if (args is [StatusPagesBenchmark.Mode, .. var sizes])
{
    Console.WriteLine(Stats.LatencyHeader);
    await StatusPagesBenchmark.RunAsync(sizes is [var size] ? int.Parse(size, CultureInfo.InvariantCulture) : 500, repeats: 20);
    return;
}
if (args is [AllocationTypes.Mode])
{
    await using var host = await BenchHost.StartAsync();
    AllocationTypes.Run(host.Context);
    return;
}
if (args is [StatementList.Mode])
{
    await StatementList.RunAsync();
    return;
}
if (args is [MemoryBenchmark.Mode, ..])
{
    await MemoryBenchmark.RunAsync(warmDocuments: args.Contains(MemoryBenchmark.WarmDocuments));
    return;
}
if (args is [CheckBenchmark.Mode, .. var files])
{
    // dotnet run -c Release --project tests/ReportBot.Benchmarks -- --check FILE…
    CheckBenchmark.Run(files, rounds: 10);
    return;
}
var rounds = Option("--rounds", "20").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).Single();
var statusSizes = Option("--status", "1000,10000").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
Console.WriteLine($"# ReportBot benchmarks — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, server GC {System.Runtime.GCSettings.IsServerGC}");

// --only messages,chats,documents,status,scale,backlog,memory,e2e runs those sections alone.
var only = Option("--only", "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
bool Runs(string section) => only.Count == 0 || only.Contains(section);
using var gc = new GcPauses();
using var phases = new PhaseTimes();
var seedAnswers = await MessageBenchmark.RunSequentialAsync(gc, Runs("messages") ? rounds : 1);

if (Runs("chats"))
{
    Console.WriteLine("\n## Chats at once (the seed script, each chat on its own report)\n");
    Console.WriteLine(Stats.LatencyHeader);
    foreach (var (chats, waves) in new[] { (1, 10), (8, 3), (10, 3), (100, 1) }) await MessageBenchmark.RunConcurrentAsync(gc, chats, waves, TimeSpan.Zero);
    // As people type: each chat a message every second or so, so the store is busy but not saturated.
    foreach (var chats in new[] { 8, 100 }) await MessageBenchmark.RunConcurrentAsync(gc, chats, 1, TimeSpan.FromSeconds(1));
    Console.WriteLine($"\n{TailBreakdown.Header}");
    foreach (var (name, samples) in MessageBenchmark.Tails) TailBreakdown.Print(name, samples);
}

if (Runs("documents"))
{
    Console.WriteLine("\n## Review and documents (the finished seed, in memory)\n");
    Console.WriteLine(Stats.LatencyHeader.Replace("failed", "allocated", StringComparison.Ordinal));
    await using (var host = await BenchHost.StartAsync())
    {
        DocumentBenchmark.Run(host.Context, seedAnswers);
        foreach (var script in new[] { ChatScript.Seed, ChatScript.NonZero }) InterviewReplay.Run(host.Context, script, 200);
    }
    await CommitFloor.RunAsync();
}

if (Runs("status"))
{
    Console.WriteLine("\n## /status over many reports\n");
    Console.WriteLine(Stats.LatencyHeader);
    foreach (var size in statusSizes) await StatusBenchmark.RunAsync(size, repeats: 5);
    // Issue 12: the paged summary over a city's reports.
    // --status-pages 0 leaves the paged summary out (it needs reports to page through).
    foreach (var size in Option("--status-pages", "500").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Where(n => n > 0))
        await StatusPagesBenchmark.RunAsync(size, repeats: 20);
}

if (Runs("scale"))
{
    Console.WriteLine("\n## One chat in a large store\n");
    Console.WriteLine(Stats.LatencyHeader);
    await ScaleBenchmark.RunAsync(int.Parse(Option("--scale-rounds", "5"), CultureInfo.InvariantCulture));
}

if (Runs("backlog"))
{
    Console.WriteLine("\n## After an outage: the lanes' look for work over a backlog\n");
    Console.WriteLine(Stats.LatencyHeader);
    await BacklogBenchmark.RunAsync(repeats: 200);
}

if (Runs("e2e"))
{
    Console.WriteLine("\n## End to end: the bot program and a bare echo bot, each against the fake Bot API on 127.0.0.1\n");
    var e2eSteps = int.Parse(Option("--e2e-steps", "26"), CultureInfo.InvariantCulture);
    await EndToEndBenchmark.RunAsync(Option("--bot", BotProgram.DefaultDll()), chats: 100, e2eSteps, rounds: int.Parse(Option("--e2e-rounds", "2"), CultureInfo.InvariantCulture), pacedSteps: 3,
        waves: int.Parse(Option("--e2e-waves", "5"), CultureInfo.InvariantCulture));
}

if (!args.Contains("--no-memory") && Runs("memory"))
{
    Console.WriteLine("\n## Memory\n");
    await MemoryBenchmark.RunInChildAsync(warmDocuments: false);
    await MemoryBenchmark.RunInChildAsync(warmDocuments: true);
}

string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
