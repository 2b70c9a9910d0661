using System.Diagnostics;
using System.Globalization;
using ReportBot.Core.Checking;
using ReportBot.Core.Formats;

namespace ReportBot.Benchmarks;

/// <summary>
/// Reading and checking published reports, per file: the first time in the process (cold, what one <c>check FILE</c>
/// pays) and warm (the median of later rounds, what each report of a directory pays). Prints figures only.
/// </summary>
internal static class CheckBenchmark
{
    public const string Mode = "--check";

    public static void Run(IReadOnlyList<string> files, int rounds)
    {
        var format = ReportFormatLoader.Load(Path.Combine(AppContext.BaseDirectory, "config", "report-format-2021.json"));
        Console.WriteLine("| file | bytes | cold ms | warm median ms | allocated KB (warm) |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var file in files)
        {
            var content = File.ReadAllBytes(file);
            var cold = Time(format, file, content);
            var warm = new List<double>();
            long allocated = 0;
            for (var i = 0; i < rounds; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                warm.Add(Time(format, file, content));
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
            warm.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Path.GetFileName(file)} | {content.Length} | {cold:F0} | {warm[warm.Count / 2]:F1} | {allocated / 1024} |"));
        }
    }

    private static double Time(ReportFormat format, string file, byte[] content)
    {
        var watch = Stopwatch.StartNew();
        var report = PublishedReportReader.Read(format, Path.GetFileName(file), content);
        _ = new ReportChecker(format).Check(report);
        return watch.Elapsed.TotalMilliseconds;
    }
}
