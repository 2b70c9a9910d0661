using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ReportBot.Core.Checking;

/// <summary>
/// A saved web page (where most reports are published), parsed by a real HTML parser (AngleSharp), as the lines the
/// reader works on: each block of text a line, each table row a line of its cells separated by tabs, with rowspan
/// and colspan resolved on the table's grid (a spanned position is an empty cell, as flattened text has it).
/// Scripts, styles and the page's chrome outside blocks add nothing a report's headings could be mistaken for.
/// </summary>
internal static class HtmlLines
{
    // A crafted span of two billion would otherwise fill memory; no real report table is this large (表三 spans 22 rows).
    private const int MaxColumns = 50;
    private const int MaxRowSpan = 40;

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "title", "header", "footer", "td", "th", "tr", "body", "center", "blockquote", "pre",
    };

    public static bool IsHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<", StringComparison.Ordinal) && (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<body", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<meta", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<table", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<div", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<p", StringComparison.OrdinalIgnoreCase));
    }

    public static List<string> Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var lines = new List<string>();
        var current = new StringBuilder();
        Walk(document.Body ?? (INode)document.DocumentElement, lines, current);
        Flush(lines, current);
        return lines;
    }

    private static void Walk(INode node, List<string> lines, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(Collapse(text.Data));
                    break;
                case IHtmlScriptElement or IHtmlStyleElement or IHtmlTemplateElement:
                    break;
                case IHtmlBreakRowElement:
                    Flush(lines, current);
                    break;
                case IHtmlTableElement table:
                    Flush(lines, current);
                    AddTable(table, lines);
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(lines, current);
                    Walk(element, lines, current);
                    Flush(lines, current);
                    break;
                default:
                    Walk(child, lines, current);
                    break;
            }
        }
    }

    /// <summary>The table's rows on its grid: each cell at the first free column, spanned positions left empty.</summary>
    private static void AddTable(IHtmlTableElement table, List<string> lines)
    {
        // Which grid columns of the rows below are covered by a cell spanning down into them.
        var occupied = new Dictionary<int, bool[]>();
        var rowIndex = 0;
        foreach (var row in table.Rows)
        {
            var cells = new List<string>();
            var taken = occupied.GetValueOrDefault(rowIndex) ?? new bool[MaxColumns];
            var column = 0;
            foreach (var cell in row.Cells)
            {
                while (column < MaxColumns && taken[column]) column++;
                if (column >= MaxColumns) break;
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxColumns - column);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, MaxRowSpan);
                Put(cells, column, CellText(cell));
                for (var r = 1; r < rowSpan; r++)
                {
                    if (!occupied.TryGetValue(rowIndex + r, out var below)) occupied[rowIndex + r] = below = new bool[MaxColumns];
                    Array.Fill(below, true, column, colSpan);
                }
                column += colSpan;
            }
            var width = Math.Max(cells.Count, Array.LastIndexOf(taken, true) + 1);
            while (cells.Count < width) cells.Add("");
            lines.Add(string.Join('\t', cells));
            occupied.Remove(rowIndex);
            rowIndex++;
        }
    }

    private static void Put(List<string> cells, int column, string text)
    {
        while (cells.Count < column) cells.Add("");
        cells.Add(text);
    }

    /// <summary>A cell's text on one line: its paragraphs and line breaks (三、本 / 年度办 / 理结果) joined by a space.</summary>
    private static string CellText(IHtmlTableCellElement cell)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        Walk(cell, lines, current);
        Flush(lines, current);
        return string.Join(' ', lines).Replace('\t', ' ');
    }

    private static void Flush(List<string> lines, StringBuilder current)
    {
        var text = current.ToString().Trim();
        current.Clear();
        if (text.Length > 0) lines.Add(text);
    }

    /// <summary>Whitespace as a browser shows it: any run is one space; a no-break space is kept as a space.</summary>
    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space) result.Append(' ');
                space = true;
            }
            else
            {
                result.Append(c);
                space = false;
            }
        }
        return result.ToString();
    }
}
