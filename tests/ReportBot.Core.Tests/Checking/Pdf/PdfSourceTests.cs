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
    public void APdfIsReadByItsContentWhateverItsName()
    {
        var pdf = PdfFixtures.Read("seed-docx.pdf");

        Assert.Equal(PublishedReportReader.Read(Format, "seed.pdf", pdf).Cells, PublishedReportReader.Read(Format, "下载", pdf).Cells);
    }
}
