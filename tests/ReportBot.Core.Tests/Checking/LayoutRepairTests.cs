using ReportBot.Core.Checking;
using ReportBot.Core.Checking.Repairs;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Tests.Checking;

/// <summary>Each layout repair on its own: headings inside lines, table labels inside lines, glued figures.</summary>
public class LayoutRepairTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;
    private static readonly Func<IReadOnlyList<long>, bool> Table3Totals = RowTotals.Of(Format, Format.Table("t3"));

    [Fact]
    public void AGluedRowIsSplitWhenOnlyOneSplitMatchesItsTotal()
    {
        Assert.Equal(["80", "1", "0", "0", "0", "0", "81"], GluedDigits.Split("801000081", 7, Table3Totals)!);
        Assert.Equal(["151", "3", "0", "0", "0", "0", "154"], GluedDigits.Split("15130000154", 7, Table3Totals)!);
    }

    [Fact]
    public void ARunWithOneDigitPerCellIsReadEvenWhenItsTotalIsWrong()
    {
        // The only way to make seven figures of seven digits: the row's R2 error is the report's, not the reader's.
        Assert.Equal(["5", "1", "0", "0", "0", "0", "0"], GluedDigits.Split("5100000", 7, Table3Totals)!);
    }

    [Fact]
    public void ARunWithTwoSplitsMatchingItsTotalIsNotGuessed()
    {
        // 33|0|…|33 and 3|30|…|33 both add up.
        Assert.Null(GluedDigits.Split("330000033", 7, Table3Totals));
        // 表二 has no totals: 2|1|35, 2|13|5 and 21|3|5 are all possible.
        Assert.Null(GluedDigits.Split("2135", 3, RowTotals.Of(Format, Format.Table("t2.1"))));
    }

    [Fact]
    public void FiguresSpacedAtRandomAreJoinedBeforeSplitting()
    {
        Assert.Equal("1000001", GluedDigits.Run(["10", "0", "0", "0", "01"], 7));
        // A row with all its cells, or with a blank cell between figures, is not a glued one.
        Assert.Null(GluedDigits.Run(["1", "0", "0", "0", "0", "0", "1"], 7));
        Assert.Null(GluedDigits.Run(["12", "", "0"], 7));
    }

    [Fact]
    public void AHugeRunIsRefusedQuickly()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.Null(GluedDigits.Split(new string('1', 100), 15, RowTotals.Of(Format, Format.Table("t4"))));
        Assert.Null(GluedDigits.Split("1" + new string('0', 60), 15, _ => true));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), started.Elapsed.ToString());
    }

    [Fact]
    public void HeadingsInsideALineBecomeLinesOfTheirOwn()
    {
        var lines = HeadingsInsideLines.Apply(Format, ["特编制此报告：一、总体情况2021年，我局……二、主动公开政府信息情况第二十条……五、存在的主要问题及改进措施一是……"]);

        Assert.Equal(["特编制此报告：", "一、总体情况", "2021年，我局……", "二、主动公开政府信息情况", "第二十条……", "五、存在的主要问题及改进措施", "一是……"], lines);
    }

    [Fact]
    public void LinesWithCellsAreNotSplitAtHeadings()
    {
        Assert.Equal(["一、总体情况\t1"], HeadingsInsideLines.Apply(Format, ["一、总体情况\t1"]));
    }

    [Fact]
    public void TableLabelsInsideALineStartRowsWithTheirFiguresAsCells()
    {
        List<TableDefinition> tables = [Format.Table("t2.1"), Format.Table("t2.5")];
        var glued = ReportLine.Parse("第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000规范性文件002第二十条第（五）项信息内容本年处理决定数量行政许可315");

        var lines = TableLabelsInsideLines.Apply(tables, new Dictionary<string, string> { ["规范性文件"] = "行政规范性文件" }, [glued]);

        Assert.Equal(
            ["第二十条第（一）项", "信息内容本年制发件数本年废止件数现行有效件数", "规章|000", "规范性文件|002", "第二十条第（五）项", "信息内容本年处理决定数量", "行政许可|315"],
            lines.Select(l => string.Join('|', l.Cells)));
    }

    [Fact]
    public void AClosingQuoteStaysWithItsLabel()
    {
        var lines = TableLabelsInsideLines.Apply([Format.Table("t3")], new Dictionary<string, string>(), [ReportLine.Parse("（三）不予公开1.属于国家秘密00000003.危及“三安全一稳定”0000000")]);

        Assert.Equal(["（三）不予公开", "1.属于国家秘密|0000000", "3.危及“三安全一稳定”|0000000"], lines.Select(l => string.Join('|', l.Cells)));
    }
}
