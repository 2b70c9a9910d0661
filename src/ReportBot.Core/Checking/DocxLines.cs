using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Checking;

/// <summary>
/// A .docx as the lines text flattened from a web page has: each paragraph a line, each table row a line of its
/// cells' texts separated by tabs, so one line-based reader serves both. A cell spanning several grid columns is
/// followed by empty cells, as flattened tables have them.
/// </summary>
internal static class DocxLines
{
    public static IReadOnlyList<string> Read(Stream docx)
    {
        if (!docx.CanSeek)
        {
            // Packaging needs to seek; an upload stream cannot.
            var copy = new MemoryStream();
            docx.CopyTo(copy);
            copy.Position = 0;
            docx = copy;
        }
        try
        {
            using var document = WordprocessingDocument.Open(docx, false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new UnreadableReportException(LayoutFindings.BadDocx);
            var lines = new List<string>();
            Walk(body, lines);
            return lines;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or IOException or XmlException or InvalidOperationException or NotSupportedException)
        {
            throw new UnreadableReportException(LayoutFindings.BadDocx, e);
        }
    }

    private static void Walk(OpenXmlElement element, List<string> lines)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph: AddParagraph(paragraph, lines); break;
                case Table table: AddTable(table, lines); break;
                // Word writes a text box twice, as DrawingML and as VML for old readers: the first is enough.
                case AlternateContentFallback: break;
                default: Walk(child, lines); break;
            }
        }
    }

    /// <summary>The paragraph's text, split at line breaks; then the paragraphs of any text box in it (a title is often one).</summary>
    private static void AddParagraph(Paragraph paragraph, List<string> lines)
    {
        var text = new StringBuilder();
        var boxes = new List<TextBoxContent>();
        Collect(paragraph, text, inCell: false, boxes);
        lines.AddRange(text.ToString().Split('\n'));
        foreach (var box in boxes) Walk(box, lines);
    }

    private static void AddTable(Table table, List<string> lines)
    {
        foreach (var row in Children<TableRow>(table))
        {
            var cells = new List<string>();
            foreach (var cell in Children<TableCell>(row))
            {
                var text = new StringBuilder();
                Collect(cell, text, inCell: true, []);
                cells.Add(text.ToString());
                // A crafted gridSpan of two billion would otherwise fill memory; no real table spans more than 50 columns.
                var span = Math.Clamp(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1, 1, 50);
                for (var i = 1; i < span; i++) cells.Add("");
            }
            lines.Add(string.Join('\t', cells));
        }
    }

    /// <summary>
    /// Text of runs in document order. In a cell, paragraphs join without a separator and tabs and breaks cannot split
    /// the cell (结果 / 维持 on two lines is one label); in a paragraph, a tab separates cells and a break starts a line.
    /// </summary>
    private static void Collect(OpenXmlElement element, StringBuilder text, bool inCell, List<TextBoxContent> boxes)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar or PositionalTab: text.Append(inCell ? ' ' : '\t'); break;
                case Break or CarriageReturn: text.Append(inCell ? "" : "\n"); break;
                case NoBreakHyphen: text.Append('-'); break;
                case TextBoxContent box: boxes.Add(box); break;
                case AlternateContentFallback: break;
                default: Collect(child, text, inCell, boxes); break;
            }
        }
    }

    /// <summary>Rows of a table, cells of a row, also inside content controls; never those of a table nested in a cell.</summary>
    private static IEnumerable<T> Children<T>(OpenXmlElement element) where T : OpenXmlElement
    {
        foreach (var child in element.ChildElements)
        {
            if (child is T found) yield return found;
            else if (child is not (Table or TableCell or TableRow)) foreach (var nested in Children<T>(child)) yield return nested;
        }
    }
}
