using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Documents;

/// <summary>
/// The document as a .docx in the 公文 look (GB/T 9704): A4, 仿宋 body, the three tables with their merged headers,
/// page numbers on the outer side, the 落款; a draft is marked on every page and ends with its appendix of open
/// items. Built in memory.
/// </summary>
public static class DocxWriter
{
    public static byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            DocxFonts.AddTo(main);
            main.AddNewPart<DocumentSettingsPart>().Settings = Settings();
            // The title's lines are chosen by meaning, not left to the renderer's wrapping.
            var body = new Body(DocxText.Lines(DocxStyles.Title, TitleLines.Split(document.Title, document.Agency)));
            foreach (var section in document.Sections) AppendSection(body, section);
            if (document.Agency.Length > 0) body.Append(DocxSignature.Create(document.Agency, document.SignedOnText));
            if (document.Draft is { } draft) AppendAppendix(body, draft);
            body.Append(DocxPage.Create(main, document.Draft));
            main.Document = new Document(body);
            DocxProperties.Set(package, document);
        }
        return stream.ToArray();
    }

    /// <summary>Writes to any stream: the package is built in memory first, as packaging needs to seek.</summary>
    public static void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Write(document));
    }

    private static void AppendSection(Body body, DocumentSection section)
    {
        body.Append(DocxText.Paragraph(DocxStyles.Heading1, section.Heading));
        var blocks = section.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case ParagraphBlock { IsSubheading: true } p: body.Append(DocxText.Paragraph(DocxStyles.Heading2, p.Text)); break;
                case ParagraphBlock p: body.Append(DocxText.Body(p.Text)); break;
                case TableBlock { Table.RowHeader: not null }:
                    // Table 二's captioned groups are consecutive blocks printed as one table.
                    var groups = blocks.Skip(i).TakeWhile(b => b is TableBlock { Table.RowHeader: not null }).Cast<TableBlock>().ToList();
                    AppendTable(body, DocxCaptionedTables.Create(groups));
                    i += groups.Count - 1;
                    break;
                case TableBlock { Table.Layout: TableLayouts.Blocks } t: AppendTable(body, DocxBlocksTable.Create(t)); break;
                case TableBlock t: AppendTable(body, DocxGridTable.Create(t)); break;
            }
        }
    }

    /// <summary>Two tables in a row would join into one in Word: an empty line keeps them apart.</summary>
    private static void AppendTable(Body body, Table table)
    {
        if (body.LastChild is Table) body.Append(DocxText.Paragraph(DocxStyles.TableText, ""));
        body.Append(table);
    }

    /// <summary>附：待完善事项 on a page of its own: per section what is unanswered and what the rules found.</summary>
    private static void AppendAppendix(Body body, DraftMark draft)
    {
        var title = DocxText.Paragraph(DocxStyles.Heading1, DraftMark.AppendixTitle);
        title.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
        body.Append(title);
        if (draft.Appendix.Count == 0) body.Append(DocxText.Paragraph(DocxStyles.Body, DraftMark.NothingOpen));
        foreach (var entry in draft.Appendix)
        {
            body.Append(DocxText.Paragraph(DocxStyles.Heading2, entry.Section));
            foreach (var missing in entry.Missing) body.Append(DocxText.Paragraph(DocxStyles.Body, $"未填写：{missing}"));
            foreach (var finding in entry.Findings) body.Append(DocxText.Paragraph(DocxStyles.Body, finding));
        }
    }

    /// <summary>Word 2013+ layout rules, so Word does not open the file in compatibility mode.</summary>
    /// <remarks>Odd and even pages have their own footers: GB/T 9704 puts page numbers on the outer side.</remarks>
    private static Settings Settings() => new(new EvenAndOddHeaders(), new Compatibility(new CompatibilitySetting
    {
        Name = CompatSettingNameValues.CompatibilityMode,
        Uri = "http://schemas.microsoft.com/office/word",
        Val = "15",
    }));
}
