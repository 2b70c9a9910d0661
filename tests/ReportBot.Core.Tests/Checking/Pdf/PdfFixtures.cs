namespace ReportBot.Core.Tests.Checking.Pdf;

/// <summary>
/// The committed PDF fixtures (Fixtures/pdf, made by its make-fixtures.sh): each PDF with its pdftotext output
/// without and with -layout, and markdown. A fixture is named after the corpus file whose report it holds
/// (01-pingtan-quanqu-2025.pdf is 01-pingtan-quanqu-2025.html printed), or seed-docx for ReportBot's own .docx.
/// </summary>
internal static class PdfFixtures
{
    public const string Seed = "seed-docx";

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdf");

    /// <summary>Every fixture file: name, form (pdf, text, text-layout, md) and the report it holds.</summary>
    public static IEnumerable<(string File, string Form, string Report)> All() =>
        System.IO.Directory.GetFiles(Directory).Select(Path.GetFileName).OfType<string>()
            .Where(f => !f.EndsWith(".sh", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, FormOf(f), f[..f.IndexOf('.', StringComparison.Ordinal)]));

    public static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(Directory, file));

    private static string FormOf(string file) =>
        file.EndsWith(".layout.txt", StringComparison.Ordinal) ? "text-layout"
        : file.EndsWith(".txt", StringComparison.Ordinal) ? "text"
        : file.EndsWith(".md", StringComparison.Ordinal) ? "md"
        : "pdf";
}
