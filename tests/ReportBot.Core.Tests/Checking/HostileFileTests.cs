using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBot.Core.Checking;
using ReportBot.Core.Tests.Documents;

namespace ReportBot.Core.Tests.Checking;

/// <summary>Files built to hurt the reader are refused quickly, never read into memory without bound.</summary>
public sealed class HostileFileTests
{
    [Fact]
    public void ACellSpanningTwoBillionColumnsIsReadAsAnOrdinaryCell()
    {
        var bytes = DocxTestReports.Finished();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var doc = WordprocessingDocument.Open(stream, true))
        {
            var cell = doc.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().First();
            cell.TableCellProperties ??= new TableCellProperties();
            cell.TableCellProperties.GridSpan = new GridSpan { Val = 2_000_000_000 };
        }

        var report = PublishedReportReader.Read(FormatFixture.Format, "span.docx", stream.ToArray());

        Assert.Equal(18m, report.Cells["t2.5.permit.decisions"]);
    }

    [Fact]
    public void AnOversizedTextFileIsRefusedAsTooLarge()
    {
        var text = string.Concat(Enumerable.Repeat("一、总体情况\n", 200_000));

        var e = Assert.Throws<UnreadableReportException>(() => PublishedReportReader.Read(FormatFixture.Format, "big.txt", System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Contains("文件过大", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASavedPageOfEndlessScriptTagsIsRefusedOrReadButNeverThrowsAnythingElse()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<script>", 120_000)) + "</body></html>";

        var e = Record.Exception(() => PublishedReportReader.Read(FormatFixture.Format, "page.html", System.Text.Encoding.UTF8.GetBytes(html)));

        Assert.True(e is null or UnreadableReportException, e?.ToString());
    }

    [Fact]
    public void APrintedValueThatIsNotAValidFigureIsNamedRatherThanCalledUnfilled()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jiaozuo-2023.txt"))
            .Replace("行政处罚\t0", "行政处罚\t-1", StringComparison.Ordinal);

        var findings = new ReportChecker(FormatFixture.Format).Check(PublishedReportReader.ReadText(FormatFixture.Format, text));

        var r6 = Assert.Single(findings, f => f.RuleId == "R6");
        Assert.Equal("第二十条第（六）项 行政处罚：“-1”不是有效数字（应为非负整数，金额为万元）", r6.Message);
    }
}
