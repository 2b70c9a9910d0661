using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Tests.Checking;

/// <summary>
/// A .docx made the plain way other offices' tools make them: paragraphs and tables of plain cells, no styles, no
/// merged cells. A string is a paragraph; a string[][] is a table, one array per row.
/// </summary>
internal static class HandMadeDocx
{
    public static byte[] Create(params object[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case string text: body.Append(Paragraph(text)); break;
                    case string[][] rows: body.Append(Table(rows)); break;
                    default: throw new ArgumentException($"not a block: {block}", nameof(blocks));
                }
            }
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text)));

    private static Table Table(string[][] rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new InsideVerticalBorder { Val = BorderValues.Single })));
        foreach (var row in rows)
            table.Append(new TableRow(row.Select(cell => new TableCell(Paragraph(cell)))));
        return table;
    }
}
