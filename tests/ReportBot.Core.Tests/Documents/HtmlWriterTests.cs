using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportBot.Core.Documents;
using ReportBot.Core.Formats;
using static ReportBot.Core.Tests.Documents.DocxTestReports;

namespace ReportBot.Core.Tests.Documents;

/// <summary>The web page read back by a real HTML5 parser: every label and figure in the cell the format puts it.</summary>
public sealed class HtmlWriterTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;

    private static IHtmlDocument Page(ReportDocument document) => new HtmlParser().ParseDocument(HtmlWriter.Write(document));

    private static ReportDocument Hard() => ReportDocumentBuilder.Build(Context, HardCase.Report, HardCase.Answers(), signedOn: HardCase.SignedOn);

    [Fact]
    public void TableThreeHasEveryLabelAndFigureInItsCell()
    {
        var document = Hard();
        var block = Tables(document).Single(t => t.Table.Id == "t3");
        var table = TableWith(Page(document), Format.Table("t3").Corner!);
        var grid = Grid(table);

        Assert.Equal(3, table.Head!.Rows.Length);
        Assert.Equal(25, table.Bodies.Single().Rows.Length);
        Assert.Equal(Format.Table("t3").Corner, grid[0][0]);
        Assert.Equal(["申请人情况", "自然人", "自然人"], Enumerable.Range(0, 3).Select(r => grid[r][3]));
        Assert.Equal(["法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], new[] { grid[1][4] }.Concat(grid[2].Skip(4).Take(5)));
        foreach (var (row, r) in block.Table.Rows.Select((row, i) => (row, i + 3)))
        {
            Assert.Equal(row.Part ?? row.Group ?? row.Label, grid[r][0]);
            Assert.Equal(row.Label, grid[r][2]);
            if (row.Group is not null) Assert.Equal(row.Group, grid[r][1]);
            Assert.Equal(block.Table.Columns.Select(c => block.Cell(row.Id, c.Id)), grid[r].Skip(3));
        }
        Assert.Equal("126539", grid[3][9]);
    }

    [Fact]
    public void TableFourHasItsThreeBlocksUnderTheirHeadersAndEveryFigure()
    {
        var document = Hard();
        var block = Tables(document).Single(t => t.Table.Id == "t4");
        var grid = Grid(TableWith(Page(document), "未经复议直接起诉"));

        Assert.Equal(4, grid.Count);
        // 行政复议 over its five columns; their labels merged down over the second and third header rows.
        Assert.Equal(["行政复议", "结果维持", "结果维持"], Enumerable.Range(0, 3).Select(r => grid[r][0]));
        Assert.Equal(("行政复议", "总计"), (grid[0][4], grid[2][4]));
        Assert.Equal(("行政诉讼", "未经复议直接起诉", "复议后起诉"), (grid[0][5], grid[1][5], grid[1][10]));
        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], grid[2].Skip(10));
        Assert.Equal(block.Table.Rows.SelectMany(r => block.Table.Columns.Select(c => block.Cell(r.Id, c.Id))), grid[3]);
    }

    [Fact]
    public void TableTwoIsOneCaptionedTablePerGroupWithEveryFigure()
    {
        var document = ReportDocumentBuilder.Build(Context, Report, SeedAnswers());
        var page = Page(document);

        foreach (var block in Tables(document).Where(t => t.Table.RowHeader is not null))
        {
            var table = Assert.Single(page.QuerySelectorAll("table").OfType<IHtmlTableElement>(), t => t.Caption?.TextContent == block.Table.Caption);
            var grid = Grid(table);
            Assert.Equal([block.Table.RowHeader!, .. block.Table.Columns.Select(c => c.Label)], grid[0]);
            foreach (var (row, r) in block.Table.Rows.Select((row, i) => (row, i + 1)))
                Assert.Equal([row.Label, .. block.Table.Columns.Select(c => block.Cell(row.Id, c.Id))], grid[r]);
        }
        Assert.Contains("888.0113", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePageIsSelfContainedWithTheTitleHeadingsAndSignature()
    {
        var html = HtmlWriter.Write(Hard());
        var page = new HtmlParser().ParseDocument(html);

        Assert.Empty(page.QuerySelectorAll("link, script, img, iframe, object, [src]"));
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Hard().Title, page.Title);
        Assert.Equal(3, page.QuerySelector("h1")!.QuerySelectorAll("br").Length + 1);
        Assert.Equal(Format.Sections.Select(s => s.Heading), page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(HardCase.Agency + "2025年1月20日", page.QuerySelector(".signature")!.TextContent);
    }

    [Fact]
    public void ADraftPageIsMarkedShowsItsPlaceholdersAndListsWhatIsOpen()
    {
        var page = Page(ReportDocumentBuilder.Build(Context, Report, HalfFilledAnswers(), DraftTakenAt));

        Assert.Equal("草稿（2026-11-26 18:05 生成）", page.QuerySelector(".draft")!.TextContent);
        Assert.All(page.QuerySelectorAll("td .missing"), m => Assert.Equal(ReportDocument.CellPlaceholder, m.TextContent));
        Assert.NotEmpty(page.QuerySelectorAll("td .missing"));
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == DraftMark.AppendixTitle);
    }

    private static IEnumerable<TableBlock> Tables(ReportDocument document) => document.Sections.SelectMany(s => s.Blocks).OfType<TableBlock>();

    private static IHtmlTableElement TableWith(IHtmlDocument page, string text) =>
        Assert.Single(page.QuerySelectorAll("table").OfType<IHtmlTableElement>(), t => t.TextContent.Contains(text, StringComparison.Ordinal));

    /// <summary>The table as a grid of cell texts, a merged cell's text in every position it covers (the HTML table model).</summary>
    private static List<List<string>> Grid(IHtmlTableElement table)
    {
        var grid = new List<List<string?>>();
        var rows = table.Rows.ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            while (grid.Count <= r) grid.Add([]);
            var c = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (c < grid[r].Count && grid[r][c] is not null) c++;
                for (var dr = 0; dr < Math.Max(1, cell.RowSpan); dr++)
                {
                    while (grid.Count <= r + dr) grid.Add([]);
                    for (var dc = 0; dc < Math.Max(1, cell.ColumnSpan); dc++)
                    {
                        var line = grid[r + dr];
                        while (line.Count <= c + dc) line.Add(null);
                        line[c + dc] = cell.TextContent;
                    }
                }
                c += Math.Max(1, cell.ColumnSpan);
            }
        }
        return grid.Take(rows.Count).Select(l => l.Select(t => t ?? "").ToList()).ToList();
    }
}
