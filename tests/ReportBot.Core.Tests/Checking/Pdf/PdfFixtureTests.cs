using System.Globalization;
using System.Text;
using ReportBot.Core.Checking;
using ReportBot.Core.Formats;
using ReportBot.Core.Tests.Checking.Corpus;
using Xunit.Abstractions;

namespace ReportBot.Core.Tests.Checking.Pdf;

/// <summary>
/// The checker over real PDFs and what is made of them (pdftotext both ways, markdown): for a corpus report the
/// verdict of its truth.json, for ReportBot's own .docx converted by LibreOffice the seed's result (0 errors, the two
/// R13 warnings). The table is printed (<c>--logger "console;verbosity=detailed"</c>); files not yet right are named
/// with the reason, every other one must be right.
/// </summary>
public class PdfFixtureTests(ITestOutputHelper output)
{
    private static readonly ReportFormat Format = FormatFixture.Format;

    /// <summary>Fixtures the checker does not yet get right, and why. Every fixture not listed here must be right.</summary>
    private static readonly Dictionary<string, string> NotYetRight = new(StringComparer.Ordinal)
    {
        ["01-pingtan-quanqu-2025.txt"] = ChromiumPlainText,
        ["02-pingtan-zrz-2023.txt"] = ChromiumPlainText,
        ["03-pingtan-hzs-2024.txt"] = ChromiumPlainText,
    };

    private const string ChromiumPlainText = "pdftotext without -layout writes the cells of Chromium's printed table in an order unrelated to its rows (figures of several rows before their labels, labels' pieces after their figures): no row can be rebuilt from that text with certainty. The same report as PDF and as -layout text reads right";

    [Fact]
    public void EveryPdfFixtureGetsTheVerdictOfItsReport()
    {
        var truths = CorpusTruth.Load(Format).ToDictionary(t => t.File[..t.File.IndexOf('.', StringComparison.Ordinal)], StringComparer.Ordinal);
        var verdicts = PdfFixtures.All().Select(f => (f.File, f.Form, Verdict: Check(f.File, f.Report == PdfFixtures.Seed ? null : truths[f.Report]))).ToList();

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"file",-36} {"form",-12} verdict");
        foreach (var (file, form, verdict) in verdicts)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"{file,-36} {form,-12} {verdict.Summary,-8} {verdict.Verdict}");
            if (!verdict.Right && NotYetRight.TryGetValue(file, out var why)) table.AppendLine(CultureInfo.InvariantCulture, $"{"",-36} {"",-12}   why: {why}");
            foreach (var p in verdict.Problems.Take(6)) table.AppendLine(CultureInfo.InvariantCulture, $"{"",-36} {"",-12}   {p}");
        }
        table.AppendLine(CultureInfo.InvariantCulture, $"right: {verdicts.Count(v => v.Verdict.Right)} of {verdicts.Count}");
        output.WriteLine(table.ToString());

        Assert.NotEmpty(verdicts);
        Assert.All(verdicts.Where(v => !NotYetRight.ContainsKey(v.File)), v => Assert.True(v.Verdict.Right, $"{v.File}: {string.Join("; ", v.Verdict.Problems)}"));
    }

    [Fact]
    public void TheSeedsDocxPrintedToPdfChecksCleanWithItsTwoWarnings()
    {
        var report = PublishedReportReader.Read(Format, "seed-docx.pdf", PdfFixtures.Read("seed-docx.pdf"));
        var findings = new ReportChecker(Format).Check(report);

        Assert.Equal(("焦作市人防办", 2023), (report.Agency, report.Year));
        Assert.DoesNotContain(findings, f => f.Severity == Severities.Error);
        Assert.Equal(["R13", "R13"], findings.Select(f => f.RuleId));
        Assert.Equal(888.0113m, report.Cells["t2.8.fees.amount"]);
    }

    /// <summary>A corpus report's verdict against its truth; the seed's against its known result.</summary>
    private static CorpusVerdict Check(string file, TruthFile? truth)
    {
        try
        {
            var report = PublishedReportReader.Read(Format, file, PdfFixtures.Read(file));
            var findings = new ReportChecker(Format).Check(report);
            if (truth is not null) return CorpusVerdict.Of(Format, truth with { File = file }, report, findings);
            var problems = findings.Where(f => f.RuleId != "R13").Select(f => $"{(f.Severity == Severities.Error ? "false error" : "false warning")}: {f.RuleId} {f.Where}")
                .Concat(findings.Count(f => f.RuleId == "R13") == 2 ? [] : ["miss: R13 五 and 六"]).ToList();
            var errors = findings.Count(f => f.Severity == Severities.Error);
            return new CorpusVerdict(file, $"{errors}E {findings.Count - errors}W", problems);
        }
        catch (UnreadableReportException e)
        {
            return CorpusVerdict.Refused(truth ?? new TruthFile(file, 2023, false, [], new Dictionary<string, decimal?>()), e.Message);
        }
    }
}
