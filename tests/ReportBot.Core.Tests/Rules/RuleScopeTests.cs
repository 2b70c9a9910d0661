using ReportBot.Core.Formats;
using ReportBot.Core.Rules;
using ReportBot.Core.Tests.Documents;

namespace ReportBot.Core.Tests.Rules;

/// <summary>
/// A message evaluates only the rules its change can move. That is safe only if a scope never loses a finding the
/// whole evaluation has: checked here over a report where nearly every rule finds something.
/// </summary>
public class RuleScopeTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;
    private static readonly RuleEngine Engine = new(Format);

    /// <summary>The seed, broken: table 三 does not add up, a cell is empty, prose quotes other figures, it repeats last year.</summary>
    private static RuleInput Broken()
    {
        var answers = DocxTestReports.SeedAnswers();
        answers.Set("t3.new.natural", "3");
        answers.Set("t3.granted.natural", "1");
        answers.Set("t2.1.rules.issued", "2");
        answers.Set("s1.request", "（二）依申请公开方面。全年共受理政府信息公开申请17件，办结15件。");
        answers.Set("s6.other", "本年度未收取信息处理费。");
        answers.Remove("t2.1.normative.repealed");
        var lastYear = DocxTestReports.SeedAnswers();
        lastYear.Set("t3.carryover.natural", "5");
        lastYear.Set("t4.review.pending", "4");
        return RuleInput.From(Format, answers, lastYear);
    }

    private static readonly IReadOnlyList<Finding> Everything = Engine.Evaluate(Broken());

    private static HashSet<string> Named(IEnumerable<Finding> findings) => findings.Select(f => $"{f.Id} {f.Text}").ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void TheBrokenReportHasFindingsOfMostRules()
    {
        var rules = Everything.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["R1", "R6", "R8", "R9", "R10", "R11", "R15"], StringComparer.Ordinal), rules);
    }

    [Fact]
    public void AChangedTableMovesOnlyRulesThatReadItAndNoFindingAboutItIsLeftOut()
    {
        foreach (var table in Format.Tables)
        {
            var scoped = Named(Engine.Evaluate(Broken(), RuleScope.Reading([table.Id], [])));
            var moved = Everything.Where(f => f.Table == table.Id || f.CellKeys.Any(k => TableDefinition.IsCellOf(k, table.Id)));

            Assert.Superset(Named(moved), scoped);
        }
    }

    [Fact]
    public void AFinishedSectionSeesEveryFindingAboutItsTablesAndProse()
    {
        foreach (var section in Format.Sections)
        {
            var tables = section.Tables ?? [];
            var scoped = Named(Engine.Evaluate(Broken(), RuleScope.Reading(tables, [section.Id])));
            var about = Everything.Where(f => (f.Table is not null && tables.Contains(f.Table)) || f.Section == section.Id
                || (f.Section is not null && f.CellKeys.Any(k => tables.Any(t => TableDefinition.IsCellOf(k, t)))));

            Assert.Superset(Named(about), scoped);
        }
    }

    [Fact]
    public void ScopesLeaveOutTheRulesAChangeCannotMove()
    {
        var fees = Engine.RulesIn(RuleScope.Reading(["t2.8"], []));
        var intro = Engine.RulesIn(RuleScope.Reading([], ["s1"]));

        Assert.DoesNotContain("R1", fees);
        Assert.DoesNotContain("R11", fees);
        Assert.Contains("R11", intro);
        Assert.DoesNotContain("R1", intro);
        Assert.DoesNotContain("R6", Engine.RulesIn(RuleScope.AboutTables(new HashSet<string>(["t3"], StringComparer.Ordinal)) with { Unfilled = false }));
        Assert.Contains("R6", Engine.RulesIn(RuleScope.AboutTables(new HashSet<string>(["t3"], StringComparer.Ordinal))));
    }
}
