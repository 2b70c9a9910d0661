using ReportBot.Core.Checking;
using ReportBot.Core.Formats;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ReportBot.Core.Tests.Checking.Pdf;

/// <summary>PDFs that are not a report's text: scans, huge page counts, broken files; and a PDF read the same by its content whatever its name.</summary>
public class PdfSourceTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;

    [Fact]
    public void APdfWithoutATextLayerIsRefusedAsAScanNotAsNotAReport()
    {
        // What a scanner writes: pages with something drawn on them and not one letter.
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 3; i++) builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 400, 600);

        var e = Assert.Throws<UnreadableReportException>(() => PublishedReportReader.Read(Format, "报告.pdf", builder.Build()));

        Assert.Contains("扫描", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("不是一份政府信息公开工作年度报告", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APdfOfThousandsOfPagesIsRefusedQuickly()
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 5000; i++) builder.AddPage(PageSize.A4);
        var pdf = builder.Build();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var e = Assert.Throws<UnreadableReportException>(() => PublishedReportReader.Read(Format, "报告.pdf", pdf));

        Assert.Contains("过大", e.Message, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), started.Elapsed.ToString());
    }

    [Fact]
    public void APdfOfAHundredThousandObjectsIsRefusedQuickly()
    {
        var pdf = HundredThousandObjects();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var e = Assert.Throws<UnreadableReportException>(() => PublishedReportReader.Read(Format, "报告.pdf", pdf));

        Assert.Contains("过大", e.Message, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), started.Elapsed.ToString());
    }

    [Fact]
    public void APdfIsReadByItsContentWhateverItsName()
    {
        var pdf = PdfFixtures.Read("seed-docx.pdf");

        Assert.Equal(PublishedReportReader.Read(Format, "seed.pdf", pdf).Cells, PublishedReportReader.Read(Format, "下载", pdf).Cells);
    }

    /// <summary>One empty page and 100,000 small objects, with a correct cross-reference table.</summary>
    private static byte[] HundredThousandObjects()
    {
        var body = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Add(string obj)
        {
            offsets.Add(body.Length);
            body.Append(obj);
        }
        Add("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        Add("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        Add("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n");
        for (var i = 4; i < 100_004; i++) Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i} 0 obj\n<< /A {i} >>\nendobj\n"));
        var xref = body.Length;
        body.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        body.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.Latin1.GetBytes(body.ToString());
    }
}
