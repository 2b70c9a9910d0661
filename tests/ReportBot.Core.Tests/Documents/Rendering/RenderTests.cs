using System.Text.RegularExpressions;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Tests.Documents.Rendering;

/// <summary>
/// The .docx as LibreOffice prints it, read back from the PDF's letters and boxes: what an office would otherwise
/// fix by hand before publishing. One conversion per document, shared by every test here.
/// </summary>
[Trait("Category", "Render")]
public sealed partial class RenderTests(RenderedDocuments rendered) : IClassFixture<RenderedDocuments>
{
    private const double TitleSize = 22, BodySize = 16, PageNumberSize = 14, TableSize = 10.5;

    [RenderFact]
    public void TheTitleIsPrintedOnTheLinesChosenByMeaning()
    {
        foreach (var (name, document) in RenderedDocuments.Documents)
        {
            var title = rendered.Pages(name)[0].Lines(TitleSize - 0.5, TitleSize + 0.5).Select(l => l.Text).ToList();
            Assert.Equal(TitleLines.Split(document.Title, document.Agency).Select(NoSpaces), title);
        }
        Assert.Equal(["中共平潭综合实验区工作委员会", "机构编制委员会办公室2024年", "政府信息公开工作年度报告"],
            rendered.Pages("hard")[0].Lines(TitleSize - 0.5, TitleSize + 0.5).Select(l => l.Text));
    }

    [RenderFact]
    public void TableThreeIsPrintedOnOnePage()
    {
        foreach (var name in RenderedDocuments.Documents.Keys)
        {
            var pages = rendered.Pages(name);
            int PageWith(Func<string, bool> fragment) =>
                Assert.Single(pages, p => p.Lines(TableSize - 0.5, TableSize + 0.5).Any(l => fragment(l.Text))).Number;
            var first = PageWith(t => t.StartsWith("（本列数据", StringComparison.Ordinal));
            Assert.Equal(first, PageWith(t => t == "一、本年新收政府信息公开申请数量"));
            Assert.Equal(first, PageWith(t => t == "（五）不予处理"));
            Assert.Equal(first, PageWith(t => t == "四、结转下年度继续办理"));
        }
    }

    [RenderFact]
    public void NoFigureIsSplitAcrossLinesOrCells()
    {
        foreach (var (name, document) in RenderedDocuments.Documents)
        {
            var figures = document.Sections.SelectMany(s => s.Blocks).OfType<TableBlock>().SelectMany(t => t.Cells.Values)
                .Where(v => v != ReportDocument.CellPlaceholder).ToHashSet();
            var printed = rendered.Pages(name).SelectMany(p => p.Lines(TableSize - 0.5, TableSize + 0.5))
                .Select(l => l.Text).Where(t => Figure().IsMatch(t)).ToList();
            Assert.All(printed, p => Assert.Contains(p, figures));
            Assert.All(figures, f => Assert.Contains(f, printed));
        }
        Assert.Contains("126539", rendered.Pages("hard").SelectMany(p => p.Lines(TableSize - 0.5, TableSize + 0.5)).Select(l => l.Text));
    }

    [RenderFact]
    public void NoTableLabelIsBrokenInsideAWord()
    {
        var labels = FormatFixture.Format.Tables.SelectMany(t => new[] { t.Caption, t.Corner, t.ColumnHeader, t.RowHeader }
            .Concat(t.Columns.SelectMany(c => new[] { c.Label, c.Group })).Concat(t.Rows.SelectMany(r => new[] { r.Label, r.Group })))
            .OfType<string>().Distinct().ToList();
        // Read downwards, one character a line, by design.
        var vertical = FormatFixture.Format.Table("t3").Rows.Select(r => r.Part).OfType<string>().Distinct().SelectMany(p => p.Select(c => c.ToString()));
        foreach (var name in RenderedDocuments.Documents.Keys)
        {
            var fragments = rendered.Pages(name).SelectMany(p => p.Lines(TableSize - 0.5, TableSize + 0.5)).Select(l => l.Text)
                .Where(t => !Figure().IsMatch(t) && t != ReportDocument.CellPlaceholder && !vertical.Contains(t)).ToList();
            Assert.NotEmpty(fragments);
            Assert.All(fragments, f => Assert.True(labels.Any(l => IsRunOfWords(l, f)), $"{name}: \"{f}\" is not a run of whole words of any label"));
        }
    }

    [RenderFact]
    public void TableFourAndEveryOtherTextIsPrintedAtTenAndAHalfPointsOrMore()
    {
        foreach (var name in RenderedDocuments.Documents.Keys)
        {
            var pages = rendered.Pages(name);
            Assert.All(pages.SelectMany(p => p.Letters), l => Assert.True(l.Size >= TableSize - 0.05, $"{name}: \"{l.Text}\" at {l.Size} pt"));
            var four = Assert.Single(pages, p => p.Lines().Any(l => l.Text == "未经复议直接起诉"));
            Assert.Equal(3, four.Lines(TableSize - 0.5, TableSize + 0.5).Count(l => l.Text == "维持"));
        }
    }

    [RenderFact]
    public void PageNumbersAreOnTheOuterSide()
    {
        foreach (var name in RenderedDocuments.Documents.Keys)
        {
            var pages = rendered.Pages(name);
            Assert.True(pages.Count >= 2);
            foreach (var page in pages)
            {
                var number = Assert.Single(page.Lines(PageNumberSize - 0.5, PageNumberSize + 0.5), l => l.Text == $"—{page.Number}—");
                if (page.Number % 2 == 1) Assert.True(number.Left > page.Width * 0.75, $"{name} page {page.Number} at {number.Left}");
                else Assert.True(number.Right < page.Width * 0.25, $"{name} page {page.Number} at {number.Right}");
            }
        }
    }

    [RenderFact]
    public void BodyLinesHoldTwentyEightCharactersAndAFullPageTwentyTwoLines()
    {
        var pages = rendered.Pages("hard");
        var body = pages.SelectMany(p => p.Lines(BodySize - 0.5, BodySize + 0.5)).Where(l => l.Text.StartsWith("本年度，我办", StringComparison.Ordinal) || l.Text.Length > 20).ToList();
        Assert.Equal(28, body.Max(l => TextWidth.HalfEms(l.Text) / 2));
        Assert.Equal(22, pages.Max(LinesHeld));
    }

    /// <summary>Body lines a page holds, empty ones included: from its first to its last, on the grid's pitch (225 mm / 22).</summary>
    private static int LinesHeld(RenderedPage page)
    {
        var baselines = page.Lines(BodySize - 0.5, BodySize + 0.5).Select(l => l.Baseline).ToList();
        const double Pitch = 225 / 22.0 / 25.4 * 72;
        return baselines.Count == 0 ? 0 : (int)Math.Round((baselines.Max() - baselines.Min()) / Pitch) + 1;
    }

    [RenderFact]
    public void ADraftKeepsItsTablesAsNarrowAsTheFinishedOnes()
    {
        var draft = rendered.Pages("draft").SelectMany(p => p.Lines(TableSize - 0.5, TableSize + 0.5)).Select(l => l.Text).ToList();
        Assert.Contains(ReportDocument.CellPlaceholder, draft);
        Assert.DoesNotContain(draft, t => t.Contains("待填", StringComparison.Ordinal));
        Assert.Contains(rendered.Pages("draft").SelectMany(p => p.Lines(BodySize - 0.5, BodySize + 0.5)), l => l.Text.Contains(ReportDocument.CellPlaceholder, StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="fragment"/> is whole words of <paramref name="label"/>, start and end on word boundaries.</summary>
    private static bool IsRunOfWords(string label, string fragment)
    {
        var tokens = LabelLines.Tokens(label);
        for (var start = 0; start < tokens.Count; start++)
        {
            var text = "";
            for (var end = start; end < tokens.Count && text.Length < fragment.Length; end++)
            {
                text += tokens[end];
                if (text == fragment) return true;
            }
        }
        return false;
    }

    private static string NoSpaces(string s) => s.Replace(" ", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^[0-9.]+$")]
    private static partial Regex Figure();
}
