using System.Diagnostics;
using System.Globalization;

namespace ReportBot.Benchmarks;

/// <summary>
/// Resident memory with 1,000 live conversations, each one step before submitting, through a wave in which all of
/// them submit (10 chats at a time). Run in a process of its own so earlier sections leave nothing behind.
/// </summary>
internal static class MemoryBenchmark
{
    public const string Mode = "memory";

    /// <summary>Builds one document before the idle figure, as a process that warms its document code at start would.</summary>
    public const string WarmDocuments = "--warm-documents";
    private const int Conversations = 1000;
    private const int Concurrency = 10;

    /// <summary>Starts this program again in memory mode and copies its output.</summary>
    public static async Task RunInChildAsync(bool warmDocuments)
    {
        var mode = warmDocuments ? $"{Mode} {WarmDocuments}" : Mode;
        // Run as `dotnet ReportBot.Benchmarks.dll` the process is the dotnet host, which needs the assembly named first.
        var host = Environment.ProcessPath!;
        var arguments = Path.GetFileNameWithoutExtension(host) == "dotnet" ? $"\"{typeof(MemoryBenchmark).Assembly.Location}\" {mode}" : mode;
        var start = new ProcessStartInfo(host, arguments) { RedirectStandardOutput = true };
        using var child = Process.Start(start)!;
        Console.Write(await child.StandardOutput.ReadToEndAsync());
        await child.WaitForExitAsync();
    }

    public static async Task RunAsync(bool warmDocuments)
    {
        await using var host = await BenchHost.StartAsync();
        await host.AdmitAsync(1);
        var seed = ChatScript.Seed.Lines;
        var beforeSubmit = new ChatScript("to submit", seed.Take(seed.ToList().IndexOf("/submit")).ToList());
        await beforeSubmit.RunAsync(host.Service, 1, ChatScript.SeedAgency, countAllocations: false);
        await ReportClones.CloneAsync(host, Conversations, conversationOf: 1);
        var users = Enumerable.Range(2, Conversations - 1).Select(i => ReportClones.StaffBase + i).Prepend(1).ToList();

        // Every conversation touched once (its report loaded, its reply rendered), as after a working day.
        await WaveAsync(host, users, new ChatScript("review", ["/review"]));
        if (warmDocuments) await new ChatScript("snapshot", ["/snapshot"]).RunAsync(host.Service, 1, "", countAllocations: false);
        var idle = Rss();
        ResetPeak();
        var samples = await WaveAsync(host, users, new ChatScript("submit", ["/submit", "#1"]));
        var peak = Peak();
        var after = Rss();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| RSS, {Conversations:N0} live conversations{(warmDocuments ? ", document code warmed first" : "")} | idle {idle:0} MB | peak during the submit wave {peak:0} MB | after {after:0} MB | managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MB | {samples.Count(s => s.Failed)} failed of {samples.Count} |"));
    }

    private static async Task<List<MessageSample>> WaveAsync(BenchHost host, List<long> users, ChatScript script)
    {
        var samples = new List<MessageSample>();
        foreach (var batch in users.Chunk(Concurrency))
        {
            var runs = await Task.WhenAll(batch.Select(u => Task.Run(() => script.RunAsync(host.Service, u, "", countAllocations: false))));
            samples.AddRange(runs.SelectMany(r => r));
        }
        return samples;
    }

    private static double Rss() => Status("VmRSS:");

    private static double Peak() => Status("VmHWM:");

    // Writing 5 to clear_refs resets the peak (VmHWM) to the current RSS (Linux 4.0+).
    private static void ResetPeak() => File.WriteAllText("/proc/self/clear_refs", "5");

    private static double Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }
}
