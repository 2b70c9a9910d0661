using ReportBot.Core.Formats;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Rules;

/// <summary>Evaluates the checked rules of a format over a report's figures, last year's, and its prose.</summary>
public sealed class RuleEngine(ReportFormat format)
{
    // Worked out once per format: the rules that have a check, with the tables and sections each reads.
    private readonly CheckedRule[] checkedRules = [.. format.Rules.Where(r => r.Check is not null).Select(r => new CheckedRule(r, r.Check!,
        r.Check!.TablesRead(format).ToHashSet(StringComparer.Ordinal), r.Check!.SectionsRead(format).ToHashSet(StringComparer.Ordinal)))];

    public IReadOnlyList<Finding> Evaluate(ReportFigures figures) => Evaluate(new RuleInput(figures));

    /// <summary>Findings of the rules over the given tables only, e.g. after an answer to one of them.</summary>
    public IReadOnlyList<Finding> Evaluate(ReportFigures figures, IReadOnlySet<string> tableIds) => Evaluate(new RuleInput(figures), RuleScope.AboutTables(tableIds));

    /// <summary>All findings; with <paramref name="tableIds"/>, only those of rules about these tables.</summary>
    public IReadOnlyList<Finding> Evaluate(RuleInput input, IReadOnlySet<string>? tableIds = null) =>
        Evaluate(input, tableIds is null ? RuleScope.All : RuleScope.AboutTables(tableIds));

    /// <summary>The ids of the rules in <paramref name="scope"/>.</summary>
    public IReadOnlySet<string> RulesIn(RuleScope scope) => checkedRules.Where(scope.Selects).Select(r => r.Rule.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The findings of the rules in <paramref name="scope"/>.</summary>
    public IReadOnlyList<Finding> Evaluate(RuleInput input, RuleScope scope)
    {
        var findings = new List<Finding>();
        foreach (var rule in checkedRules)
            if (scope.Selects(rule)) findings.AddRange(rule.Check.Evaluate(rule.Rule, format, input, scope.About));
        return findings;
    }
}

/// <summary>A rule with its check, and what the check reads in its format.</summary>
internal sealed record CheckedRule(RuleDefinition Rule, RuleCheck Check, HashSet<string> TablesRead, HashSet<string> SectionsRead);
