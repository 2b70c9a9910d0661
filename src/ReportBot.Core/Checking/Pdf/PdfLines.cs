using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace ReportBot.Core.Checking.Pdf;

/// <summary>
/// A PDF (PdfPig) as the reader's lines, page after page (see <see cref="PageLines"/>). A table continued over a page
/// break simply goes on in the next page's lines: rows are found by their labels. A PDF with pages but no letters is
/// a scan (an image of each page) and is refused as such; a broken one is refused saying so.
/// </summary>
internal static partial class PdfLines
{
    // Annual reports run to a dozen pages; a file with more is not one, and reading it would only cost time.
    private const int MaxPages = 200;

    // A browser's print of a report writes about 300 objects a page; this many is far past any report.
    private const int MaxObjects = 50_000;

    public static IReadOnlyList<string> Read(byte[] content)
    {
        // Opening builds the whole page tree and object table: counts in the file's plain text refuse a huge one before that.
        if (content.AsSpan().Count(" obj"u8) > MaxObjects || DeclaredPages(Encoding.Latin1.GetString(content)) > MaxPages) throw new UnreadableReportException(LayoutFindings.TooLarge);
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true });
            if (document.NumberOfPages > MaxPages) throw new UnreadableReportException(LayoutFindings.TooLarge);
            var lines = new List<string>();
            var letters = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                lines.AddRange(PageLines.Read(page));
            }
            if (document.NumberOfPages > 0 && letters == 0) throw new UnreadableReportException(PdfFindings.Scanned);
            return lines;
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or InvalidCastException or KeyNotFoundException or FormatException or OverflowException)
        {
            throw new UnreadableReportException(PdfFindings.Broken, e);
        }
    }

    /// <summary>The largest page count (<c>/Count N</c>) written as plain text in the file, 0 when none is.</summary>
    private static long DeclaredPages(string plain)
    {
        long largest = 0;
        foreach (Match m in PageCount().Matches(plain))
        {
            if (long.TryParse(m.Groups[1].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)) largest = Math.Max(largest, count);
        }
        return largest;
    }

    [GeneratedRegex(@"/Count\s+([0-9]{1,12})", RegexOptions.None, 1000)]
    private static partial Regex PageCount();
}
