using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBot.Core.Checking.Markdown;

/// <summary>
/// A markdown file (as PDF converters write reports: headings, paragraphs, pipe tables) parsed by Markdig as the
/// reader's lines: each heading or paragraph a line, each table row a line of its cells separated by tabs. An HTML
/// table inside the markdown (converters write merged cells that way) is read as a web page's table.
/// </summary>
internal static class MarkdownLines
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static IReadOnlyList<string> Read(string markdown)
    {
        var lines = new List<string>();
        foreach (var block in Markdig.Markdown.Parse(markdown, Pipeline).Descendants())
        {
            switch (block)
            {
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                        lines.Add(string.Join('\t', row.OfType<TableCell>().Select(CellText)));
                    break;
                case HtmlBlock html when !InTable(html):
                    lines.AddRange(HtmlLines.Read(string.Join('\n', html.Lines.Lines.Take(html.Lines.Count).Select(l => l.Slice.ToString()))));
                    break;
                case LeafBlock leaf when leaf is HeadingBlock or ParagraphBlock && !InTable(leaf):
                    lines.Add(InlineText(leaf));
                    break;
            }
        }
        return lines;
    }

    private static bool InTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Table) return true;
        }
        return false;
    }

    private static string CellText(TableCell cell) => string.Join(' ', cell.Descendants<LeafBlock>().Select(InlineText)).Trim();

    /// <summary>The text a block shows: its literals and code, a line break as a space, emphasis marks dropped.</summary>
    private static string InlineText(LeafBlock block) =>
        block.Inline is null ? "" : string.Concat(block.Inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => "",
        })).Trim();
}
