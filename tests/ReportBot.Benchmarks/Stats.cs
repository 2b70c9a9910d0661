using System.Globalization;

namespace ReportBot.Benchmarks;

/// <summary>Percentiles of a set of figures, printed as one row of a Markdown table.</summary>
internal static class Stats
{
    public const string LatencyHeader = "| figure | n | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | failed |\n|---|---|---|---|---|---|---|---|";

    public static double At(IReadOnlyList<double> sorted, double q) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string LatencyRow(string figure, IEnumerable<MessageSample> samples)
    {
        var list = samples.ToList();
        var ms = list.Select(s => s.Ms).Order().ToList();
        return Row(figure, ms, list.Count(s => s.Failed).ToString(CultureInfo.InvariantCulture));
    }

    public static string Row(string figure, IReadOnlyList<double> sorted, string last = "") =>
        string.Create(CultureInfo.InvariantCulture, $"| {figure} | {sorted.Count} | {At(sorted, 0.5):0.000} | {At(sorted, 0.9):0.000} | {At(sorted, 0.99):0.000} | {At(sorted, 0.999):0.000} | {(sorted.Count == 0 ? double.NaN : sorted[^1]):0.000} | {last} |");

    public static string Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return At(sorted, 0.5).ToString("0.###", CultureInfo.InvariantCulture);
    }
}
