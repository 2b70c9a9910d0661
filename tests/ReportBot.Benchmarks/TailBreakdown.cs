using System.Globalization;

namespace ReportBot.Benchmarks;

/// <summary>
/// Where the slow messages' time went: the slowest 1 % beside all messages, as mean milliseconds per message in GC
/// pauses, waiting for the write turn, SQLite's COMMIT, and each step the service reports, with the kinds of message.
/// </summary>
internal static class TailBreakdown
{
    private static readonly string[] Steps = ["begin", "admit", "load", "route", "review", "save", "render", "outbox", "commit", "documents"];

    public const string Header =
        "| messages | n | mean ms | GC pauses | write-turn wait | COMMIT (SQLite's clock) | begin | admit | load | route | review | save | render | outbox | commit | documents | kinds |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    public static void Print(string name, IReadOnlyList<MessageSample> samples)
    {
        var sorted = samples.OrderByDescending(s => s.Ms).ToList();
        var tail = sorted.Take(Math.Max(3, (int)Math.Ceiling(sorted.Count * 0.01))).ToList();
        Console.WriteLine(Row($"{name}: all", samples));
        Console.WriteLine(Row($"{name}: slowest 1 %", tail));
    }

    /// <summary>
    /// One row per kind of message (text, press, 全部为0, command, the submit confirm), as means and then as medians:
    /// a mean carries the odd GC pause or slow fsync of a few messages, a median what a typical message spends.
    /// </summary>
    public static void PrintKinds(string name, IReadOnlyList<MessageSample> samples)
    {
        foreach (var kind in samples.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine(Row($"{name}: {kind.Key}", kind.ToList()));
        foreach (var kind in samples.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine(Row($"{name}: {kind.Key}, medians", kind.ToList(), median: true));
    }

    private static string Row(string name, IReadOnlyList<MessageSample> s, bool median = false)
    {
        string Mean(Func<MessageSample, double> f) => s.Count == 0 ? "" : (median ? Stats.At(s.Select(f).Order().ToList(), 0.5) : s.Average(f)).ToString("0.00", CultureInfo.InvariantCulture);
        var kinds = string.Join(", ", s.GroupBy(x => x.Kind).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
        var steps = string.Join(" | ", Steps.Select(step => s.Any(x => x.Phases.ContainsKey(step)) ? Mean(x => x.Phases.GetValueOrDefault(step)) : "–"));
        return $"| {name} | {s.Count} | {Mean(x => x.Ms)} | {Mean(x => x.GcMs)} | {Mean(x => x.WaitNs / 1e6)} | {Mean(x => x.CommitMs)} | {steps} | {kinds} |";
    }
}
