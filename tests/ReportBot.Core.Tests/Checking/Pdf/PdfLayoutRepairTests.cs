using ReportBot.Core.Checking;
using ReportBot.Core.Checking.Repairs;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Tests.Checking.Pdf;

/// <summary>The layout repairs PDF text needs, each on its own, and on layouts of the seed's figures made for each.</summary>
public class PdfLayoutRepairTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;
    private static readonly IReadOnlyDictionary<string, string> NoRenames = new Dictionary<string, string>();

    [Fact]
    public void PageNumbersAreDroppedAndBareNumbersKept()
    {
        var lines = PageNumbersInsideTables.Apply(["— 4 —", "-12-", "第3页", "第 3 页 共 8 页", "4/12", "4", "0 0 0", "2023年", "—", "一、总体情况"]);

        Assert.Equal(["4", "0 0 0", "2023年", "—", "一、总体情况"], lines);
    }

    [Fact]
    public void ALabelWrappedOverThreeLinesIsOneRowWithTheFiguresOfItsMiddleLine()
    {
        var lines = Lines(
            "（二）部分公开（区分处理",
            "的，只计这一情形，      1 2 3 4 5 6 21",
            "不计其他情形）");

        var rows = Rows(WrappedLabels.Apply([Format.Table("t3")], NoRenames, Table3With("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", lines)));

        Assert.Contains("（二）部分公开（区分处理的，只计这一情形，不计其他情形）|1|2|3|4|5|6|21", rows);
    }

    [Fact]
    public void AGroupLabelsPiecesAndAnItemNumberOnALineOfItsOwnDoNotBreakTheLabel()
    {
        var lines = Lines(
            "（三）不 属于三类内部事务信 7",
            "5.",
            "予公开 息                 0   0   0   0   0   7");

        var rows = Rows(WrappedLabels.Apply([Format.Table("t3")], NoRenames, Table3With("5.属于三类内部事务信息", lines)));

        Assert.Contains("5.属于三类内部事务信息|7|0|0|0|0|0|7", rows);
    }

    [Fact]
    public void AShortLabelWhoseNumberStandsBelowItIsFound()
    {
        var lines = Lines("其他", "3.        1     0   0       0       0       0   1");

        var rows = Rows(WrappedLabels.Apply([Format.Table("t3")], NoRenames, Table3With("3.其他", lines)));

        Assert.Contains("3.其他|1|0|0|0|0|0|1", rows);
    }

    [Fact]
    public void LinesWithCellsAndLabelsEachOnALineWithItsFiguresAreLeftAlone()
    {
        var tabbed = Lines("一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1", "二、上年结转政府信息公开申请数量 1 0 0");
        var spaced = Table3With("", []);

        Assert.Same(tabbed, WrappedLabels.Apply([Format.Table("t3")], NoRenames, tabbed));
        Assert.Same(spaced, WrappedLabels.Apply([Format.Table("t3")], NoRenames, spaced));
    }

    [Fact]
    public void FiguresThatDoNotFitTheRowsLeaveTheLinesAsTheyAre()
    {
        // One figure too many for （二）: which row it belongs to cannot be known.
        var lines = Table3With("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Lines("（二）部分公开（区分处理", "的，只计这一情形，      1 2 3 4 5 6 21 9", "不计其他情形）"));

        Assert.Same(lines, WrappedLabels.Apply([Format.Table("t3")], NoRenames, lines));
    }

    [Fact]
    public void AllFiguresAfterAllLabelsAreDealtRowByRow()
    {
        Assert.Equal([["1", "2", "3"], ["4"], ["5"]], CellsOnePerLine.Distribute([3, 1, 1], [[], [], ["1", "2", "3", "4", "5"]])!);
        // Figures beside a label, or a count that is not the rows' cells, are another layout.
        Assert.Null(CellsOnePerLine.Distribute([3, 1, 1], [["1"], [], ["2", "3", "4", "5"]]));
        Assert.Null(CellsOnePerLine.Distribute([3, 1, 1], [[], [], ["1", "2", "3", "4"]]));
    }

    [Theory]
    [InlineData("wrapped")]
    [InlineData("wrapped, a page number inside the table")]
    [InlineData("one per line")]
    [InlineData("one per line, a page number inside the figures")]
    public void TheSeedsTableThreeInPdfTextLayoutsReadsTheSame(string layout)
    {
        var numbered = PdfTextVariants.Numbered();
        var text = layout switch
        {
            "wrapped" => PdfTextVariants.Wrapped(numbered),
            "wrapped, a page number inside the table" => PdfTextVariants.Wrapped(numbered, pageNumberAfter: "4.保护第三方合法权益"),
            "one per line" => PdfTextVariants.OnePerLine(numbered),
            _ => PdfTextVariants.OnePerLine(numbered, pageNumberAfterFigure: 80),
        };

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.Equal(PublishedReportReader.ReadText(Format, numbered).Cells, report.Cells);
        Assert.Equal(Enumerable.Range(1, 175).Select(v => (decimal?)v), Format.Table("t3").Rows.SelectMany(r => Format.Table("t3").Columns.Select(c => report.Cells[Format.Table("t3").CellKey(r.Id, c.Id)])));
        Assert.Empty(report.LayoutFindings);
    }

    private static List<ReportLine> Lines(params string[] lines) => [.. lines.Select(ReportLine.Parse)];

    /// <summary>Table 三's every row on one line with seven zeros, but the row with this label: as <paramref name="lines"/> print it.</summary>
    private static List<ReportLine> Table3With(string label, List<ReportLine> lines) =>
        [.. Format.Table("t3").Rows.SelectMany(row => row.Label == label ? lines : [ReportLine.Parse($"{row.Label} 0 0 0 0 0 0 0")])];

    private static List<string> Rows(IReadOnlyList<ReportLine> lines) => [.. lines.Select(l => string.Join('|', l.Cells))];
}
