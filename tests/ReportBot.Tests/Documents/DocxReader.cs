using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Tests.Documents;

/// <summary>What a person would read in a .docx: body paragraphs and table cells, and the page headers.</summary>
public sealed record DocxContent(IReadOnlyList<string> Body, IReadOnlyList<string> Headers, IReadOnlyList<string> ValidationErrors)
{
    public string BodyText => string.Join('\n', Body);

    public static DocxContent Read(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var body = doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        var headers = doc.MainDocumentPart.HeaderParts.Select(h => h.Header.InnerText).ToList();
        return new DocxContent(body, headers, errors);
    }
}
