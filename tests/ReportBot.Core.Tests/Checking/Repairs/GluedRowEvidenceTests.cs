using ReportBot.Core.Checking;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Tests.Checking.Repairs;

/// <summary>
/// The repairs that read a glued row its own totals cannot split, each from one kind of evidence: the table's column
/// rules (<c>RowsFromColumnRules</c>), figures the prose states (<c>FiguresStatedInText</c>), last year's report
/// (<c>RowsFromLastYear</c>); and, where the evidence is not certain, the row stays unreadable.
/// </summary>
public class GluedRowEvidenceTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;
    private const string S1 = "一、总体情况";

    [Fact]
    public void AGluedTotalRowIsReadWhenTheItemsAboveItAddUpToExactlyItsDigits()
    {
        // 191000019 has no split whose 总计 is the sum of the six: read as 19|1|0|0|0|0|19 because the items say so.
        var text = Table3(granted: [18, 0, 0, 0, 0, 0, 18], partial: [1, 1, 0, 0, 0, 0, 1], newRow: [19, 0, 0, 0, 0, 0, 19], totalRun: "191000019");

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.Equal([19m, 1m, 0m, 0m, 0m, 0m, 19m], Row(report, "t3", "total"));
        Assert.DoesNotContain(report.LayoutFindings, f => f.RuleId == UnreadableRow.RuleId);
        // The printed row's own error is still found.
        Assert.Contains(new ReportChecker(Format).Check(report), f => f.RuleId == "R2" && f.Key == "R2.t3.total");
    }

    [Fact]
    public void AGluedTotalRowTheItemsDoNotSpellStaysUnreadable()
    {
        var text = Table3(granted: [17, 0, 0, 0, 0, 0, 17], partial: [1, 1, 0, 0, 0, 0, 1], newRow: [19, 0, 0, 0, 0, 0, 19], totalRun: "191000019");

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.Contains(report.LayoutFindings, f => f.RuleId == UnreadableRow.RuleId && f.Key == "R0.t3.total");
        Assert.All(Row(report, "t3", "total"), v => Assert.Null(v));
    }

    [Fact]
    public void AGluedNormativeRowIsReadFromTheFiguresItsProseStates()
    {
        var text = Glue(SeedVariants.Seed, "行政规范性文件", "15621").WithParagraph(S1, "2024年，我局废止规范性文件6件，制定规范性文件15件。");

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.Equal([15m, 6m, 21m], Row(report, "t2.1", "normative"));
        Assert.DoesNotContain(report.LayoutFindings, f => f.RuleId == UnreadableRow.RuleId);
    }

    [Fact]
    public void CountsOfPublishedItemsAreNotTakenForTheTablesFigures()
    {
        // “…类信息15条” counts items published, not documents issued: 15621 still splits six ways.
        var text = Glue(SeedVariants.Seed, "行政规范性文件", "15621").WithParagraph(S1, "主动公开规范性文件类信息15条，废止相关信息6条。");

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.Contains(report.LayoutFindings, f => f.RuleId == UnreadableRow.RuleId && f.Key == "R0.t2.1.normative");
    }

    [Fact]
    public void AGluedNormativeRowIsReadWhenOnlyOneSplitContinuesLastYearsCount()
    {
        // 2433: 2|4|33, 2|43|3 or 24|3|3; only 35 + 2 − 4 = 33 continues last year's 35 (itself glued as 2135).
        var report = PublishedReportReader.ReadText(Format, Glue(SeedVariants.Seed.WithYear(2024), "行政规范性文件", "2433"));
        var lastYear = PublishedReportReader.ReadText(Format, Glue(SeedVariants.Seed.WithYear(2023), "行政规范性文件", "2135"));
        var checker = new ReportChecker(Format);

        Assert.Equal([2m, 4m, 33m], Row(checker.ReadBeside(report, lastYear), "t2.1", "normative"));
        var findings = checker.Check(report, lastYear);
        Assert.DoesNotContain(findings, f => f.RuleId == UnreadableRow.RuleId);
        Assert.DoesNotContain(findings, f => f.RuleId == "R9");
        // Alone, the same report cannot be read.
        Assert.Contains(checker.Check(report), f => f.Key == "R0.t2.1.normative");
    }

    [Fact]
    public void AGluedRowThatBreaksLastYearsCountHoweverReadIsSaidSoAndStaysUnreadable()
    {
        // 1129 after last year's 6|0|6: 1|1|29, 1|12|9, 11|2|9 — none gives 6 + 制发 − 废止.
        var report = PublishedReportReader.ReadText(Format, Glue(SeedVariants.Seed.WithYear(2024), "行政规范性文件", "1129"));
        var lastYear = PublishedReportReader.ReadText(Format, SeedVariants.Seed.WithYear(2023).WithTable2Row("行政规范性文件", "6", "0", "6"));

        var findings = new ReportChecker(Format).Check(report, lastYear);

        Assert.Contains(findings, f => f.Key == "R0.t2.1.normative");
        var r9 = Assert.Single(findings, f => f.RuleId == "R9");
        Assert.Contains("1129", r9.Message, StringComparison.Ordinal);
    }

    private static string Table3(int[] granted, int[] partial, int[] newRow, string totalRun) =>
        Glue(SeedVariants.Seed.WithTable3Row("一、本年新收政府信息公开申请数量", newRow).WithTable3Row("（一）予以公开", granted).WithTable3Row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", partial), "(七) 总计", totalRun);

    /// <summary>The row's figures printed as one run of digits, as crawled text glues them.</summary>
    private static string Glue(string text, string label, string run) =>
        string.Join('\n', text.Split('\n').Select(line => line.StartsWith(label + "\t", StringComparison.Ordinal) ? $"{label}\t{run}" : line));

    private static decimal?[] Row(PublishedReport report, string tableId, string rowId)
    {
        var table = Format.Table(tableId);
        return [.. table.Columns.Select(c => report.Cells[table.CellKey(rowId, c.Id)])];
    }
}
