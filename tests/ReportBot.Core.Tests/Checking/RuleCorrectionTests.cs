using ReportBot.Core.Checking;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Tests.Checking;

/// <summary>Rules as published reports need them: fees to 6 decimals, combined prose figures, 五 on last year's problems.</summary>
public class RuleCorrectionTests
{
    private const string S1 = "一、总体情况";
    private const string S5 = "五、存在的主要问题及改进情况";
    private static readonly ReportFormat Format = FormatFixture.Format;

    [Fact]
    public void AFeeWithSixDecimalsInWanYuanIsReadAsPrinted()
    {
        var report = PublishedReportReader.ReadText(Format, SeedVariants.Seed.WithTable2Row("行政事业性收费", "24252.311082"));

        Assert.Equal(24252.311082m, report.Cells["t2.8.fees.amount"]);
        Assert.DoesNotContain(new ReportChecker(Format).Check(report), f => f.RuleId == "R6");
    }

    [Fact]
    public void AFeeWithSevenDecimalsIsStillNotAFigure()
    {
        var report = PublishedReportReader.ReadText(Format, SeedVariants.Seed.WithTable2Row("行政事业性收费", "1.2345678"));

        Assert.Null(report.Cells["t2.8.fees.amount"]);
    }

    [Fact]
    public void ACombinedFigureInProseIsNotReadAsEachOfItsParts()
    {
        var text = SeedVariants.Seed.WithParagraph(S1, "本年度予以公开及部分公开42件，予以公开和部分公开共42件。");

        Assert.DoesNotContain(Check(text), f => f.RuleId == "R12");
    }

    [Fact]
    public void ASingleOutcomeFigureInProseIsStillCompared()
    {
        var text = SeedVariants.Seed.WithParagraph(S1, "本年度予以公开42件。");

        Assert.Contains(Check(text), f => f.RuleId == "R12");
    }

    [Theory]
    [InlineData("对第三方评估检查发现的问题整改工作进行回头看。")]
    [InlineData("下一步将推进问题整改，加强培训。")]
    public void RectificationWithoutLastYearDoesNotAnswerLastYearsProblems(string paragraph)
    {
        var text = SeedVariants.Seed.WithProse(S5, paragraph);

        Assert.Contains(Check(text), f => f.RuleId == "R13" && f.Section == "s5");
    }

    [Theory]
    [InlineData("针对上年度报告中提出的问题，已逐项整改。")]
    [InlineData("去年报告指出的信息更新不及时问题已解决。")]
    [InlineData("上一年度存在的问题均已整改到位。")]
    public void LastYearsProblemsNamedInOneSentenceAnswerIt(string paragraph)
    {
        var text = SeedVariants.Seed.WithProse(S5, paragraph);

        Assert.DoesNotContain(Check(text), f => f.RuleId == "R13" && f.Section == "s5");
    }

    [Fact]
    public void AMisspeltColumnHeaderIsAnR7NamingThePrintedAndTheExpectedLabel()
    {
        var text = SeedVariants.Seed.Replace("本年废止件数", "本年废纸件数", StringComparison.Ordinal);

        var finding = Assert.Single(Check(text), f => f.RuleId == "R7");
        Assert.Equal("第二十条第（一）项 表头：列标签“本年废纸件数”应为“本年废止件数”（2021年格式）", finding.Message);
    }

    [Fact]
    public void AReportForTwentyNineteenInTheTrialFormatIsNamedOnceAndItsSharedArithmeticChecked()
    {
        var text = SeedVariants.Seed.WithYear(2019).Replace("本年制发件数", "本年新制作数量", StringComparison.Ordinal)
            .WithTable3Row("一、本年新收政府信息公开申请数量", 3, 0, 0, 0, 0, 0, 3);

        var findings = Check(text);

        var format = Assert.Single(findings, f => f.RuleId == "R7");
        Assert.Contains("2019年试行格式", format.Message, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.RuleId == "R1");
    }

    [Fact]
    public void TheTrialFormatsLabelsInATwentyTwentyThreeReportAreStillR7()
    {
        var findings = Check(SeedVariants.Seed.Replace("本年制发件数", "本年新制作数量", StringComparison.Ordinal));

        Assert.Contains(findings, f => f.RuleId == "R7" && f.Message.Contains("本年新制作数量", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceAboveTableThreeIsComparedWithItsFirstRow()
    {
        // The seed's 一、本年新收 is 0: “收到…申请3条” above the table disagrees, in 条 as in 件.
        var text = SeedVariants.Seed.WithParagraph("三、收到和处理政府信息公开申请情况", "2023年，共收到政府信息公开申请3条。");

        var r11 = Assert.Single(Check(text), f => f.RuleId == "R11");
        Assert.Contains("收到政府信息公开申请3条", r11.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Check(SeedVariants.Seed.WithParagraph("三、收到和处理政府信息公开申请情况", "2023年，共收到政府信息公开申请0条。")), f => f.RuleId == "R11");
    }

    private static IReadOnlyList<Finding> Check(string text) => new ReportChecker(Format).Check(PublishedReportReader.ReadText(Format, text));
}
