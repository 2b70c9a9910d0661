using ReportBot.Core.Checking.Markdown;
using ReportBot.Core.Checking.Pdf;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Checking;

/// <summary>The sources read through a parser of their own into the reader's lines: PDF (PdfPig) and markdown (Markdig).</summary>
public static partial class PublishedReportReader
{
    /// <summary>A PDF with a text layer, its lines and table rows rebuilt from word positions and the tables' borders.</summary>
    public static PublishedReport ReadPdf(ReportFormat format, byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var lines = PdfLines.Read(pdf);
        if (lines.All(string.IsNullOrWhiteSpace)) throw new UnreadableReportException(LayoutFindings.Empty);
        return Read(format, lines);
    }

    /// <summary>Markdown: headings and paragraphs, and pipe tables as rows of cells.</summary>
    public static PublishedReport ReadMarkdown(ReportFormat format, string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = MarkdownLines.Read(markdown);
        if (lines.All(string.IsNullOrWhiteSpace)) throw new UnreadableReportException(LayoutFindings.Empty);
        return Read(format, lines);
    }

    private static bool IsPdf(byte[] content, string extension) => content.AsSpan().StartsWith(Pdf) || Is(extension, ".pdf");

    private static bool IsMarkdown(string extension) => Is(extension, ".md") || Is(extension, ".markdown");
}
