using ReportBot.Core.Checking;
using ReportBot.Core.Checking.Repairs;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Tests.Checking.Repairs;

/// <summary>A report that puts an extra section under 五 and its problems under 六: read as a person would.</summary>
public class RenumberedSectionsTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;

    [Fact]
    public void AHeadingUnderAnotherNumberAndTheExtraSectionBeforeItBecomeLinesOfTheirOwn()
    {
        var lines = HeadingsInsideLines.Apply(Format, ["四、政府信息公开行政复议、行政诉讼情况000000000000000五、信息处理费收取情况通知收取件数000六、存在的主要问题和改进情况一是……"]);

        Assert.Equal(["四、政府信息公开行政复议、行政诉讼情况", "000000000000000", "五、信息处理费收取情况通知收取件数000", "六、存在的主要问题和改进情况", "一是……"], lines);
    }

    [Fact]
    public void TheProblemsUnderSixAreReadAsFiveAndTheOutlineIsOneFinding()
    {
        var seed = SeedVariants.Seed;
        var text = seed
            .Replace("五、存在的主要问题及改进情况", "五、信息处理费收取情况\n通知收取件数\t0\n\n六、存在的主要问题和改进情况", StringComparison.Ordinal)
            .Replace("六、其他需要报告的事项", "", StringComparison.Ordinal);

        var report = PublishedReportReader.ReadText(Format, text);

        var outline = Assert.Single(report.LayoutFindings, f => f.RuleId == "R7");
        Assert.Contains("“六、存在的主要问题和改进情况”应为“五、存在的主要问题及改进情况”", outline.Message, StringComparison.Ordinal);
        Assert.Contains("“五、信息处理费收取情况”不是格式规定的章节", outline.Message, StringComparison.Ordinal);
        Assert.Contains("未找到“六、其他需要报告的事项”", outline.Message, StringComparison.Ordinal);
        Assert.True(report.Texts.ContainsKey("s5"));
        Assert.DoesNotContain("通知收取件数", report.Texts.GetValueOrDefault("s4") ?? "", StringComparison.Ordinal);
    }
}
