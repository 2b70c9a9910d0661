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
        ["09-pingtan-lyy-2022.txt"] = Ambiguous2 + "9234 (9|2|34, 9|23|4, 92|3|4); the prose states no 制发/废止 figure and the corpus has no 2021 report",
        ["14-pingtan-jjf-2024.txt"] = Ambiguous2 + "1129 (1|1|29, 1|12|9, 11|2|9); R9 against 2023 (6|0|6) fails for every split, so R9 is reported while the row stays unreadable",
        ["15-pingtan-zrz-2023.txt"] = Ambiguous2 + "2135 (2|1|35, 2|13|5, 21|3|5); no 2022 report in the corpus, no stated figure",
        ["17-pingtan-jjp-2023.txt"] = "四、结转 printed with 6 digits (000000) for 7 cells: R6 is reported on the row, but which cell is blank cannot be known from the text (truth has it from the HTML: 商业企业), so the row's figures are not all read",
        ["19-pingtan-gwh-2024.txt"] = Ambiguous2 + "114251 (10 splits); no stated figure, no 2023 report",
        ["20-pingtan-jtj-2024.txt"] = Ambiguous2 + "3123 (3|1|23, 3|12|3, 31|2|3); no stated figure, no 2023 report",
        ["22-pingtan-quanqu-2025.txt"] = Ambiguous2 + "5845546 (15 splits); no stated figure, no 2024 report (the same report's web page, 01, reads 58|45|546)",
    };

    private const string Ambiguous2 = "表二 行政规范性文件 printed as one run of digits with several splits and no evidence (row totals, stated figures, last year's R9) that leaves one: reported unreadable (R0), not guessed — ";

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
            if (!v.Right && NotYetRight.TryGetValue(v.File, out var why)) table.AppendLine(CultureInfo.InvariantCulture, $"{"",-34} {"",-8}   why: {why}");
            foreach (var p in v.Problems.Take(ProblemsShown)) table.AppendLine(CultureInfo.InvariantCulture, $"{"",-34} {"",-8}   {p}");
            if (v.Problems.Count > ProblemsShown) table.AppendLine(CultureInfo.InvariantCulture, $"{"",-34} {"",-8}   … {v.Problems.Count - ProblemsShown} more");
        }
        var kinds = verdicts.Where(v => !v.Right).SelectMany(v => v.Problems.Select(p => p.Split(':')[0]).Distinct()).GroupBy(k => k).Select(g => $"{g.Key} {g.Count()}");
        table.AppendLine(CultureInfo.InvariantCulture, $"right: {verdicts.Count(v => v.Right)} of {verdicts.Count}; files with: {string.Join(", ", kinds)}");
        output.WriteLine(table.ToString());

        Assert.All(verdicts.Where(v => !NotYetRight.ContainsKey(v.File)), v => Assert.True(v.Right, $"{v.File}: {string.Join("; ", v.Problems)}"));
    }

    private static CorpusVerdict Check(TruthFile truth)
    {
        var path = Path.Combine(CorpusTruth.Directory, truth.File);
        try
        {
            var report = PublishedReportReader.Read(Format, truth.File, File.ReadAllBytes(path));
            var checker = new ReportChecker(Format);
            var lastYear = LastYear(truth);
            // Figures are compared as the checker read them, last year's report beside it.
            return CorpusVerdict.Of(Format, truth, checker.ReadBeside(report, lastYear), checker.Check(report, lastYear));
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
