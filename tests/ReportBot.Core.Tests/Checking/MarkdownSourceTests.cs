using System.Text;
using ReportBot.Core.Checking;
using ReportBot.Core.Checking.Markdown;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Tests.Checking;

/// <summary>Markdown as PDF converters write reports: headings, paragraphs and pipe tables, read by Markdig.</summary>
public class MarkdownSourceTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;

    [Fact]
    public void APipeTableRowIsALineOfCellsAndEmphasisIsDropped()
    {
        var lines = MarkdownLines.Read("## 一、总体情况\n\n**2023年**，我办*认真*落实。\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 一、本年新收政府信息公开申请数量 | 1259 |\n| 规章 \\| 其他 | 0 |\n");

        Assert.Equal(["一、总体情况", "2023年，我办认真落实。", "信息内容\t本年制发件数", "一、本年新收政府信息公开申请数量\t1259", "规章 | 其他\t0"], lines);
    }

    [Fact]
    public void AnHtmlTableInsideMarkdownIsReadAsAWebPagesTable()
    {
        var lines = MarkdownLines.Read("前言\n\n<table><tr><td rowspan=\"2\">行政处罚</td><td>35</td></tr><tr><td>0</td></tr></table>\n");

        Assert.Equal(["前言", "行政处罚\t35", "\t0"], lines);
    }

    [Fact]
    public void TheSeedAsMarkdownReadsLikeItsText()
    {
        // What a converter writes of the seed: each run of table rows a pipe table, the first row its header.
        var markdown = new StringBuilder();
        var inTable = false;
        foreach (var line in SeedVariants.Seed.Split('\n'))
        {
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                var cells = line.Split('\t');
                markdown.AppendLine("| " + string.Join(" | ", cells) + " |");
                if (!inTable) markdown.AppendLine("|" + string.Concat(Enumerable.Repeat("---|", cells.Length)));
                inTable = true;
                continue;
            }
            if (inTable) markdown.AppendLine();
            inTable = false;
            markdown.AppendLine(line).AppendLine();
        }

        var report = PublishedReportReader.Read(Format, "报告.md", Encoding.UTF8.GetBytes(markdown.ToString()));

        var text = PublishedReportReader.ReadText(Format, SeedVariants.Seed);
        Assert.Equal(text.Cells, report.Cells);
        Assert.Equal((text.Agency, text.Year), (report.Agency, report.Year));
        Assert.Equal(text.Texts, report.Texts);
    }
}
