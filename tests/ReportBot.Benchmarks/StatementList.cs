using System.Text.RegularExpressions;

namespace ReportBot.Benchmarks;

/// <summary>
/// The statements one message of each kind runs, in order, from SQLite's profiler: where "statements per message"
/// comes from. Run: dotnet run -c Release --project tests/ReportBot.Benchmarks -- statements
/// </summary>
internal static partial class StatementList
{
    public const string Mode = "statements";

    public static async Task RunAsync()
    {
        SqlProfiler.KeepText = true;
        PhaseTimes.CountAllocations = true;
        using var phases = new PhaseTimes();
        await using var host = await BenchHost.StartAsync();
        await host.AdmitAsync(1);
        await ChatScript.Seed.RunAsync(host.Service, 1, "基准测试局1", countAllocations: false);
        await host.AdmitAsync(2);
        var samples = await ChatScript.Seed.RunAsync(host.Service, 2, "基准测试局2", countAllocations: true);
        Console.WriteLine("## Allocated KB per message, by step (mean; the second report, warm)\n");
        var steps = samples.SelectMany(s => s.Allocated.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"| kind | n | all | {string.Join(" | ", steps)} |\n|---|---|---|{string.Concat(steps.Select(_ => "---|"))}");
        foreach (var kind in samples.GroupBy(s => s.Kind))
            Console.WriteLine($"| {kind.Key} | {kind.Count()} | {kind.Average(s => s.AllocatedBytes) / 1024:0.0} | {string.Join(" | ", steps.Select(p => $"{kind.Average(s => s.Allocated.GetValueOrDefault(p)) / 1024:0.0}"))} |");
        // The middle message of each kind: past the report's creation, before its submit.
        foreach (var kind in samples.GroupBy(s => s.Kind))
        {
            var sample = kind.ElementAt(kind.Count() / 2);
            Console.WriteLine($"\n## {kind.Key} ({sample.Statements} statements), answering: {Oneline(sample.Prompt)}\n");
            foreach (var sql in sample.Sql) Console.WriteLine($"- {Oneline(sql)}");
        }
    }

    private static string Oneline(string text)
    {
        var flat = Spaces().Replace(text, " ").Trim();
        return flat.Length > 160 ? flat[..160] + "…" : flat;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
