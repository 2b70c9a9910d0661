using ReportBot.Core.Answers;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Tests.Rules;

public class RuleEngineTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;
    private readonly RuleEngine engine = new(Format);

    [Fact]
    public void AllZerosBreakNoRule()
    {
        Assert.Empty(engine.Evaluate(Figures()));
    }

    [Fact]
    public void ComputedCellsAddUpTheirParts()
    {
        var figures = Figures(("t3.new.natural", 3), ("t3.new.other", 4), ("t3.granted.natural", 2), ("t3.unable1.natural", 5));

        Assert.Equal(7, figures["t3.new.total"]);
        Assert.Equal(7, figures["t3.total.natural"]);
        Assert.Equal(7, figures["t3.total.total"]);
        Assert.Equal(0, figures["t4.review.total"]);
    }

    [Fact]
    public void AComputedCellIsMissingWhileAnyOfItsPartsIs()
    {
        var figures = Figures(("t3.partial.natural", null));

        Assert.Null(figures["t3.partial.total"]);
        Assert.Null(figures["t3.total.natural"]);
        Assert.Null(figures["t3.total.total"]);
        Assert.Equal(0, figures["t3.total.business"]);
    }

    [Fact]
    public void AColumnWhoseApplicationsAndOutcomesDifferBreaksRuleOne()
    {
        var findings = engine.Evaluate(Figures(("t3.new.natural", 3), ("t3.granted.natural", 2)));

        Assert.All(findings, f => Assert.Equal("R1", f.RuleId));
        Assert.Equal(2, findings.Count);
        var natural = Assert.Single(findings, f => f.Where == "自然人");
        Assert.Equal("自然人列：一(3)+二(0)=3 ≠ （七）总计(2)+四(0)=2，相差1", natural.Message);
        Assert.Equal(Severities.Error, natural.Severity);
        Assert.False(natural.Derived);
        Assert.Equal("R1 " + natural.Message, natural.Text);
        var total = Assert.Single(findings, f => f.Where == "总计");
        Assert.Equal("总计列：一(3)+二(0)=3 ≠ （七）总计(2)+四(0)=2，相差1", total.Message);
        Assert.True(total.Derived);
    }

    [Fact]
    public void AComputedTermStandsForItsNonZeroTypedInputs()
    {
        var findings = engine.Evaluate(Figures(("t3.new.natural", 3), ("t3.granted.natural", 2)));

        // （七）总计 is computed: of its 21 outcome cells only the non-zero （一） is offered for re-entry.
        var natural = Assert.Single(findings, f => f.Where == "自然人");
        Assert.Equal(["t3.new.natural", "t3.carried.natural", "t3.granted.natural", "t3.carryover.natural"], natural.CellKeys);
        var total = Assert.Single(findings, f => f.Where == "总计");
        Assert.Equal(["t3.new.natural", "t3.granted.natural"], total.CellKeys);
    }

    [Fact]
    public void AFindingAboutTheOutcomeTotalRowIsDerived()
    {
        var figures = Figures(("t3.granted.natural", 2), ("t3.new.natural", 2));

        var findings = engine.Evaluate(figures.With("t3.total.natural", 9));

        var row = Assert.Single(findings, f => f.RuleId == "R2");
        Assert.Equal("（七）总计", row.Where);
        Assert.True(row.Derived);
        Assert.StartsWith("“（七）总计”行：总计(2) ≠ 自然人(9)+", row.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(findings, f => f.RuleId == "R3").Derived);
    }

    [Fact]
    public void AColumnWhoseApplicationsAndOutcomesAgreeKeepsRuleOne()
    {
        var findings = engine.Evaluate(Figures(("t3.new.natural", 3), ("t3.granted.natural", 2), ("t3.carryover.natural", 1)));

        Assert.Empty(findings);
    }

    [Fact]
    public void AMissingCellBreaksRuleSixNamingItsRow()
    {
        var findings = engine.Evaluate(Figures(("t3.carried.research", null)));

        var finding = Assert.Single(findings);
        Assert.Equal("R6", finding.RuleId);
        Assert.Contains("二、上年结转政府信息公开申请数量", finding.Where, StringComparison.Ordinal);
        Assert.Contains("二、上年结转政府信息公开申请数量", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("尚未填写（没有请填0）", finding.Message, StringComparison.Ordinal);
        Assert.Contains("t3.carried.research", finding.CellKeys);
        Assert.Equal(["t3.carried.research"], finding.CellKeys);
    }

    [Fact]
    public void AMissingFeeBreaksRuleSix()
    {
        var finding = Assert.Single(engine.Evaluate(Figures(("t2.8.fees.amount", null))));

        Assert.Equal("R6", finding.RuleId);
        Assert.Equal("第二十条第（八）项 行政事业性收费", finding.Where);
        Assert.Equal(["t2.8.fees.amount"], finding.CellKeys);
    }

    [Fact]
    public void AnEmptyReportBreaksRuleSixOncePerTypedRow()
    {
        var findings = engine.Evaluate(ReportFigures.From(Format, _ => null));

        Assert.All(findings, f => Assert.Equal("R6", f.RuleId));
        Assert.Equal(Format.Tables.Sum(t => t.TypedRows.Count()), findings.Count);
        Assert.Equal(33, findings.Count);
    }

    [Fact]
    public void ADeclaredTableFourTotalThatDiffersFromItsPartsBreaksRuleFive()
    {
        var figures = Figures(("t4.review.upheld", 1), ("t4.review.corrected", 1), ("t4.review.otherResult", 1), ("t4.review.pending", 1));

        var findings = engine.Evaluate(figures.With("t4.review.total", 5));

        var finding = Assert.Single(findings);
        Assert.Equal("R5", finding.RuleId);
        Assert.Equal("行政复议", finding.Where);
        Assert.Equal("行政复议：总计(5) ≠ 维持(1)+纠正(1)+其他结果(1)+尚未审结(1)=4，相差1", finding.Message);
        Assert.EndsWith("相差1", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["t4.review.upheld", "t4.review.corrected", "t4.review.otherResult", "t4.review.pending"], finding.CellKeys);
    }

    [Fact]
    public void ADeclaredTableFourTotalThatMatchesItsPartsKeepsRuleFive()
    {
        var figures = Figures(("t4.review.upheld", 1), ("t4.review.corrected", 1), ("t4.review.otherResult", 1), ("t4.review.pending", 1));

        Assert.Empty(engine.Evaluate(figures.With("t4.review.total", 4)));
    }

    [Fact]
    public void ADeclaredOutcomeTotalThatDiffersBreaksRuleThreeListingOnlyNonZeroTerms()
    {
        var figures = Figures(("t3.granted.natural", 2), ("t3.new.natural", 2));

        var findings = engine.Evaluate(figures.With("t3.total.natural", 9));

        var finding = Assert.Single(findings, f => f.RuleId == "R3");
        Assert.Equal("自然人", finding.Where);
        Assert.Equal("自然人列：（七）总计(9) ≠ （一）(2)=2，相差7", finding.Message);
        Assert.DoesNotContain("(0)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("t3.granted.natural", finding.CellKeys);
        Assert.Equal(21, finding.CellKeys.Count);
    }

    [Fact]
    public void ADeclaredOutcomeTotalThatMatchesKeepsRuleThree()
    {
        var figures = Figures(("t3.granted.natural", 2), ("t3.new.natural", 2));

        var findings = engine.Evaluate(figures.With("t3.total.natural", 2));

        Assert.DoesNotContain(findings, f => f.RuleId == "R3");
        Assert.Empty(findings);
    }

    [Fact]
    public void ADeclaredRowTotalThatDiffersBreaksRuleTwo()
    {
        var figures = Figures(("t3.new.natural", 3), ("t3.granted.natural", 3));

        var findings = engine.Evaluate(figures.With("t3.new.total", 4));

        var finding = Assert.Single(findings, f => f.RuleId == "R2");
        Assert.Equal("一", finding.Where);
        Assert.StartsWith("“一”行：", finding.Message, StringComparison.Ordinal);
        Assert.Equal("“一”行：总计(4) ≠ 自然人(3)+商业企业(0)+科研机构(0)+社会公益组织(0)+法律服务机构(0)+其他(0)=3，相差1", finding.Message);
        Assert.Equal(6, finding.CellKeys.Count);
        Assert.All(finding.CellKeys, k => Assert.StartsWith("t3.new.", k, StringComparison.Ordinal));
    }

    [Fact]
    public void ADeclaredRowTotalThatMatchesKeepsRuleTwo()
    {
        var figures = Figures(("t3.new.natural", 3), ("t3.granted.natural", 3));

        var findings = engine.Evaluate(figures.With("t3.new.total", 3));

        Assert.DoesNotContain(findings, f => f.RuleId == "R2");
        Assert.Empty(findings);
    }

    [Fact]
    public void ALongSumOfZerosIsShownAsARange()
    {
        var findings = engine.Evaluate(Figures().With("t3.total.business", 1));

        var finding = Assert.Single(findings, f => f.RuleId == "R3");
        Assert.Equal("商业企业列：（七）总计(1) ≠ （一）…（六）3(均为0)=0，相差1", finding.Message);
    }

    [Fact]
    public void ABalanceWithAMissingTermIsLeftToRuleSix()
    {
        var findings = engine.Evaluate(Figures(("t3.new.natural", 3), ("t3.carried.natural", null)));

        Assert.All(findings, f => Assert.NotEqual("R1", f.RuleId));
        Assert.DoesNotContain(findings, f => f.Where == "自然人");
        Assert.Contains(findings, f => f.RuleId == "R6" && f.CellKeys.Contains("t3.carried.natural"));
    }

    [Fact]
    public void EvaluatingOneTableOnlyChecksItsRules()
    {
        var figures = Figures(("t3.new.natural", 3), ("t4.review.pending", null));

        var t4 = engine.Evaluate(figures, new HashSet<string>(["t4"], StringComparer.Ordinal));
        var t3 = engine.Evaluate(figures, new HashSet<string>(["t3"], StringComparer.Ordinal));

        Assert.All(t4, f => Assert.Equal("R6", f.RuleId));
        Assert.Single(t4);
        Assert.Contains(t3, f => f.RuleId == "R1");
        Assert.DoesNotContain(t3, f => f.RuleId == "R6");
    }

    [Fact]
    public void FiguresFromSavedAnswersAreReadInvariantly()
    {
        var answers = new AnswerSet();
        foreach (var t in Format.Tables)
            foreach (var r in t.TypedRows)
                foreach (var c in t.TypedColumns)
                    answers.Set(t.CellKey(r.Id, c.Id), "0");
        answers.Set("t2.8.fees.amount", "888.0113");
        answers.Set("t3.new.natural", "1234");
        answers.Set("t3.granted.natural", "1234");

        var figures = ReportFigures.From(Format, answers);

        Assert.Equal(888.0113m, figures["t2.8.fees.amount"]);
        Assert.Equal(1234, figures["t3.total.total"]);
        Assert.Empty(engine.Evaluate(figures));
    }

    /// <summary>Every typed cell of every table is 0 unless overridden; an override of null leaves the cell missing.</summary>
    private static ReportFigures Figures(params (string Key, decimal? Value)[] overrides)
    {
        var typed = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var t in Format.Tables)
            foreach (var r in t.TypedRows)
                foreach (var c in t.TypedColumns)
                    typed[t.CellKey(r.Id, c.Id)] = 0m;
        foreach (var (key, value) in overrides)
        {
            Assert.True(typed.ContainsKey(key), $"{key} is not a typed cell");
            typed[key] = value;
        }
        return ReportFigures.From(Format, key => typed.GetValueOrDefault(key));
    }
}
