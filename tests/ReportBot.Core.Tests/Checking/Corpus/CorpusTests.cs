using System.Globalization;
using System.Text;
using ReportBot.Core.Checking;
using ReportBot.Core.Formats;
using Xunit.Abstractions;

namespace ReportBot.Core.Tests.Checking.Corpus;

/// <summary>
/// The checker over the real corpus (<c>../shared/corpus</c>), each file's verdict against truth.json, printed as a
/// table (see it with <c>--logger "console;verbosity=detailed"</c>). Files whose verdict is not yet right are named
/// with the reason; every other file must be right.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    private const int ProblemsShown = 6;

    private static readonly ReportFormat Format = FormatFixture.Format;

    /// <summary>Files the checker does not yet get right, and why. Every file not listed here must be right.</summary>
    private static readonly Dictionary<string, string> NotYetRight = new(StringComparer.Ordinal)
    {
        ["09-pingtan-lyy-2022.txt"] = "crawled text: headings inside lines, cells glued",
        ["11-pingtan-spp-2023.txt"] = "crawled text: headings inside lines, cells glued",
        ["12-pingtan-spp-2024.txt"] = "crawled text: headings inside lines, cells glued",
        ["13-pingtan-jjf-2023.txt"] = "crawled text: headings inside lines, cells glued",
        ["14-pingtan-jjf-2024.txt"] = "crawled text: headings inside lines, cells glued",
        ["15-pingtan-zrz-2023.txt"] = "crawled text: headings inside lines, cells glued",
        ["16-pingtan-zrz-2024.txt"] = "crawled text: headings inside lines, cells glued",
        ["17-pingtan-jjp-2023.txt"] = "crawled text: headings inside lines, cells glued",
        ["19-pingtan-gwh-2024.txt"] = "crawled text: headings inside lines, cells glued",
        ["20-pingtan-jtj-2024.txt"] = "crawled text: headings inside lines, cells glued",
        ["21-pingtan-hzs-2024.txt"] = "crawled text: headings inside lines, cells glued",
        ["22-pingtan-quanqu-2025.txt"] = "crawled text: headings inside lines, cells glued",
    };

    [Fact]
    public void EveryCorpusFileGetsTheVerdictOfItsTruth()
    {
        Assert.True(Directory.Exists(CorpusTruth.Directory), $"the corpus is expected at {CorpusTruth.Directory}");
        var verdicts = CorpusTruth.Load(Format).Select(Check).ToList();

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"file",-34} {"found",-8} verdict");
        foreach (var v in verdicts)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"{v.File,-34} {v.Summary,-8} {v.Verdict}");
            foreach (var p in v.Problems.Take(ProblemsShown)) table.AppendLine(CultureInfo.InvariantCulture, $"{"",-34} {"",-8}   {p}");
            if (v.Problems.Count > ProblemsShown) table.AppendLine(CultureInfo.InvariantCulture, $"{"",-34} {"",-8}   … {v.Problems.Count - ProblemsShown} more");
        }
        table.AppendLine(CultureInfo.InvariantCulture, $"right: {verdicts.Count(v => v.Right)} of {verdicts.Count}");
        output.WriteLine(table.ToString());

        Assert.All(verdicts.Where(v => !NotYetRight.ContainsKey(v.File)), v => Assert.True(v.Right, $"{v.File}: {string.Join("; ", v.Problems)}"));
    }

    private static CorpusVerdict Check(TruthFile truth)
    {
        var path = Path.Combine(CorpusTruth.Directory, truth.File);
        try
        {
            var report = PublishedReportReader.Read(Format, truth.File, File.ReadAllBytes(path));
            return CorpusVerdict.Of(Format, truth, report, new ReportChecker(Format).Check(report, LastYear(truth)));
        }
        catch (UnreadableReportException e)
        {
            return CorpusVerdict.Refused(truth, e.Message);
        }
    }

    /// <summary>The same 机关's report for the year before, when the corpus has it (its cross-year rules are in the truth).</summary>
    private static PublishedReport? LastYear(TruthFile truth)
    {
        var organ = truth.File.Split('-')[2];
        var before = Directory.GetFiles(CorpusTruth.Directory, $"*-pingtan-{organ}-{truth.Year - 1}.txt").Order(StringComparer.Ordinal).FirstOrDefault();
        if (before is null) return null;
        try
        {
            return PublishedReportReader.Read(Format, Path.GetFileName(before), File.ReadAllBytes(before));
        }
        catch (UnreadableReportException)
        {
            return null;
        }
    }
}
