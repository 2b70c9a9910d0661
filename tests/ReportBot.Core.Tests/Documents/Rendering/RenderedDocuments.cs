using ReportBot.Core.Documents;

namespace ReportBot.Core.Tests.Documents.Rendering;

/// <summary>
/// The seed, the hard case and a half-filled draft, written as .docx and converted to PDF by one LibreOffice run
/// shared by every render test. The files, and each one's web page, stay in the temporary folder for a person to
/// look at (pdftoppm -png, chromium --headless --screenshot).
/// </summary>
public sealed class RenderedDocuments
{
    public static readonly string Directory = Path.Combine(Path.GetTempPath(), "reportbot-render");

    private readonly Lazy<Dictionary<string, List<RenderedPage>>> pages = new(Render);

    public static readonly IReadOnlyDictionary<string, ReportDocument> Documents = new Dictionary<string, ReportDocument>
    {
        ["seed"] = ReportDocumentBuilder.Build(DocxTestReports.Context, DocxTestReports.Report, DocxTestReports.SeedAnswers(), signedOn: new DateOnly(2024, 1, 15)),
        ["hard"] = ReportDocumentBuilder.Build(DocxTestReports.Context, HardCase.Report, HardCase.Answers(), signedOn: HardCase.SignedOn),
        ["draft"] = ReportDocumentBuilder.Build(DocxTestReports.Context, DocxTestReports.Report, DocxTestReports.HalfFilledAnswers(), DocxTestReports.DraftTakenAt),
    };

    public List<RenderedPage> Pages(string name) => pages.Value[name];

    private static Dictionary<string, List<RenderedPage>> Render()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var files = new List<string>();
        foreach (var (name, document) in Documents)
        {
            var docx = Path.Combine(Directory, $"{name}.docx");
            File.WriteAllBytes(docx, DocxWriter.Write(document));
            // The web page beside it, for a person to open in a browser next to the PDF.
            File.WriteAllText(Path.ChangeExtension(docx, ".html"), HtmlWriter.Write(document));
            File.Delete(Path.ChangeExtension(docx, ".pdf"));
            files.Add(docx);
        }
        LibreOffice.ConvertToPdf(files, Directory);
        return Documents.Keys.ToDictionary(n => n, n => RenderedPage.Read(Path.Combine(Directory, $"{n}.pdf")));
    }
}
