using ReportBot.Core.Answers;
using ReportBot.Core.Consolidation;
using ReportBot.Core.Rules;
using ReportBot.Core.Tests.Documents;

namespace ReportBot.Core.Tests.Consolidation;

public sealed class ReportConsolidationTests
{
    private static readonly ReportBot.Core.Formats.ReportFormat Format = FormatFixture.Format;

    /// <summary>The seed with figures of its own in tables 三 and 四 that balance (R1–R5 hold).</summary>
    private static AnswerSet Unit(params (string Key, string Value)[] cells)
    {
        var answers = DocxTestReports.SeedAnswers();
        foreach (var (key, value) in cells) answers.Set(key, value);
        return answers;
    }

    private static readonly AnswerSet First = Unit(("t3.new.natural", "3"), ("t3.granted.natural", "3"), ("t4.review.upheld", "1"), ("t2.8.fees.amount", "1.5"));

    private static readonly AnswerSet Second = Unit(("t3.new.business", "2"), ("t3.partial.business", "1"), ("t3.carryover.business", "1"), ("t4.review.pending", "2"));

    private static List<Finding> Errors(AnswerSet answers) =>
        new RuleEngine(Format).Evaluate(RuleInput.From(Format, answers)).Where(f => f.Severity == ReportBot.Core.Formats.Severities.Error && !f.Unfilled).ToList();

    [Fact]
    public void TheConsolidatedReportOfTwoUnitsIsTheirSumCellByCell()
    {
        var sum = ReportConsolidation.Sum(Format, [new("甲局", First), new("乙局", Second)]);

        var figures = ReportFigures.From(Format, sum.Answers);
        var a = ReportFigures.From(Format, First);
        var b = ReportFigures.From(Format, Second);
        var cells = 0;
        foreach (var table in Format.Tables)
            foreach (var row in table.Rows)
                foreach (var column in table.Columns)
                {
                    var key = table.CellKey(row.Id, column.Id);
                    Assert.Equal(a[key] + b[key], figures[key]);
                    cells++;
                }
        Assert.True(cells > 150, $"{cells} cells compared");
        Assert.Equal("36", sum.Answers.Get("t2.5.permit.decisions"));
        Assert.Equal("889.5113", sum.Answers.Get("t2.8.fees.amount"));
        Assert.Equal(5m, figures["t3.new.total"]);
        Assert.Empty(sum.Incomplete);
    }

    [Fact]
    public void UnitsThatCheckCleanGiveASumThatChecksClean()
    {
        Assert.Empty(Errors(First));
        Assert.Empty(Errors(Second));

        var sum = ReportConsolidation.Sum(Format, [new("甲局", First), new("乙局", Second)]);

        Assert.Empty(Errors(sum.Answers));
    }

    [Fact]
    public void AnUnbalancedUnitMakesTheSumFailTheSameRule()
    {
        var broken = Unit(("t3.new.natural", "4"), ("t3.granted.natural", "3"));
        Assert.Contains(Errors(broken), f => f.RuleId == "R1");

        var sum = ReportConsolidation.Sum(Format, [new("甲局", First), new("乙局", broken)]);

        Assert.Contains(Errors(sum.Answers), f => f.RuleId == "R1");
    }

    [Fact]
    public void ACellOneUnitLeftEmptyStaysEmptyAndIsNamed()
    {
        var half = new AnswerSet(DocxTestReports.HalfFilledAnswers().Values);

        var sum = ReportConsolidation.Sum(Format, [new("甲局", First), new("乙局", half)]);

        Assert.Null(sum.Answers.Get("t3.new.natural"));
        Assert.Contains("t3.new.natural", sum.Incomplete);
        Assert.Equal("36", sum.Answers.Get("t2.5.permit.decisions"));
    }

    [Fact]
    public void EachUnitsShareOfAHeadlineFigureIsListedForTheAppendix()
    {
        var sum = ReportConsolidation.Sum(Format, [new("甲局", First), new("乙局", Second)]);

        var newApplications = sum.Shares.Where(s => s.Figure.Contains("本年新收", StringComparison.Ordinal)).ToList();
        Assert.Equal([("甲局", 3m), ("乙局", 2m)], newApplications.Select(s => (s.Unit, s.Value)));
        Assert.All(newApplications, s => Assert.Equal(5m, s.Total));
        Assert.Equal("60.0 %", newApplications[0].Percent);
        var appendix = ReportConsolidation.Appendix(sum);
        Assert.Contains(appendix.Findings, l => l.Contains("甲局 3（60.0 %）", StringComparison.Ordinal));
    }
}
