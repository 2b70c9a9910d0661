using ReportBot.Core.Answers;
using ReportBot.Core.Checking;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;
using ReportBot.Core.Rules.Checks;
using ReportBot.Core.Tests.Checking;

namespace ReportBot.Core.Tests.Rules;

/// <summary>内容雷同 (R15): a narrative that repeats last year's text is a warning naming the item.</summary>
public class SimilarityCheckTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;

    private const string LastYearsText = "2022年，我办坚持公平、公正、合法、便民原则，认真贯彻落实《中华人民共和国政府信息公开条例》要求，进一步强化服务理念，更好满足申请人对政府信息的个性化合理需求，依法依规答复每一件申请。";

    private const string Rewritten = "2023年，我办把依申请公开纳入政务服务窗口统一受理，建立受理、审核、答复全程台账，对疑难申请组织法律顾问会商，并在答复前与申请人电话沟通需求，答复质量和时效均有提升。";

    private static List<Finding> Evaluate(string thisYear, string? lastYear) =>
        new RuleEngine(Format).Evaluate(RuleInput.From(
            Format,
            new AnswerSet(new Dictionary<string, string> { ["s1.request"] = thisYear }),
            lastYear is null ? null : new AnswerSet(new Dictionary<string, string> { ["s1.request"] = lastYear }))).Where(f => f.RuleId == "R15").ToList();

    [Fact]
    public void TheFormatDeclaresItsThresholdAsData()
    {
        var check = Assert.IsType<SimilarityCheck>(Format.Rule("R15")?.Check);

        Assert.Equal((0.85, 50), (check.Threshold, check.MinLength));
    }

    [Fact]
    public void LastYearsNarrativeCopiedWithTheYearChangedWarnsNamingTheItem()
    {
        // Year changed, spaces and punctuation changed: still the same text.
        var copy = LastYearsText.Replace("2022", "2023", StringComparison.Ordinal).Replace("，", ", ", StringComparison.Ordinal);

        var finding = Assert.Single(Evaluate(copy, LastYearsText));

        Assert.Equal((Severities.Warning, "（二）依申请公开", "s1", "R15.s1.request"), (finding.Severity, finding.Where, finding.Section, finding.Key));
        Assert.Equal("R15 （二）依申请公开与上年报告内容雷同（相似度100%），请结合本年度工作实际撰写。", finding.Text);
    }

    [Fact]
    public void ARewrittenNarrativeDoesNotWarn()
    {
        Assert.Empty(Evaluate(Rewritten, LastYearsText));
        Assert.True(TextSimilarity.Dice(Rewritten, LastYearsText) < 0.5);
    }

    [Fact]
    public void WithoutLastYearThereIsNoFinding() => Assert.Empty(Evaluate(LastYearsText, null));

    [Fact]
    public void AShortStockSentenceRepeatedEveryYearIsNotCompared() =>
        Assert.Empty(Evaluate("2023年，本机关未收取信息处理费。", "2022年，本机关未收取信息处理费。"));

    [Fact]
    public void YearsInArabicOrChineseNumeralsAndPunctuationAreIgnored() =>
        Assert.Equal("年本办无收费", TextSimilarity.Normalize("二〇二三年， 本办 2023 无收费。"));

    [Fact]
    public void ThePublishedCheckerComparesEachSectionWithLastYearsReport()
    {
        var seed = SeedVariants.Seed;
        var lastYear = seed.WithYear(2022);

        var findings = new ReportChecker(Format).Check(PublishedReportReader.ReadText(Format, seed), PublishedReportReader.ReadText(Format, lastYear))
            .Where(f => f.RuleId == "R15").Select(f => f.Where).ToList();

        Assert.Equal(["一、总体情况", "五、存在的主要问题及改进情况"], findings);
        Assert.DoesNotContain(new ReportChecker(Format).Check(PublishedReportReader.ReadText(Format, seed)), f => f.RuleId == "R15");
    }
}
