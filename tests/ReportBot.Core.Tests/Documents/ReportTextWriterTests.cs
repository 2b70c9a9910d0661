using ReportBot.Core.Documents;

namespace ReportBot.Core.Tests.Documents;

public sealed class ReportTextWriterTests
{
    [Fact]
    public void ADraftOfAHalfFilledReportIsMarkedAndListsWhatIsOpenPerSection()
    {
        var text = ReportTextWriter.Write(ReportDocumentBuilder.Build(DocxTestReports.Context, DocxTestReports.Report, DocxTestReports.HalfFilledAnswers(), DocxTestReports.DraftTakenAt));
        var lines = text.Split('\n');

        Assert.Equal("【草稿（2026-11-26 18:05 生成）】", lines[0]);
        Assert.Contains(ReportDocument.Placeholder, text, StringComparison.Ordinal);
        var appendix = Array.IndexOf(lines, DraftMark.AppendixTitle);
        Assert.True(appendix > 0);
        // An untouched table is one line, not one per row.
        Assert.Contains("  未填写：收到和处理政府信息公开申请情况：全部24行", lines[appendix..]);
        Assert.Contains("  未填写：政府信息公开行政复议、行政诉讼情况：全部3行", lines[appendix..]);
        Assert.Contains("  未填写：存在的主要问题及改进情况", lines[appendix..]);
    }

    [Fact]
    public void AFinishedReportHasNoDraftMarkPlaceholderOrAppendix()
    {
        var text = ReportTextWriter.Write(ReportDocumentBuilder.Build(DocxTestReports.Context, DocxTestReports.Report, DocxTestReports.SeedAnswers()));

        Assert.StartsWith("焦作市人防办2023年政府信息公开工作年度报告\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftMark.Word, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportDocument.Placeholder, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftMark.AppendixTitle, text, StringComparison.Ordinal);
    }
}
