using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules;

/// <summary>Evaluates the checked rules of a format over a report's figures, last year's, and its prose.</summary>
public sealed class RuleEngine(ReportFormat format)
{
    // Worked out once per format: the rules that have a check.
    private readonly RuleDefinition[] checkedRules = [.. format.Rules.Where(r => r.Check is not null)];

    public IReadOnlyList<Finding> Evaluate(ReportFigures figures) => Evaluate(new RuleInput(figures));

    /// <summary>Findings of the rules over the given tables only, e.g. after an answer to one of them.</summary>
    public IReadOnlyList<Finding> Evaluate(ReportFigures figures, IReadOnlySet<string> tableIds) => Evaluate(new RuleInput(figures), tableIds);

    /// <summary>All findings; with <paramref name="tableIds"/>, only those of rules about these tables.</summary>
    public IReadOnlyList<Finding> Evaluate(RuleInput input, IReadOnlySet<string>? tableIds = null)
    {
        var findings = new List<Finding>();
        foreach (var rule in checkedRules)
        {
            var check = rule.Check!;
            if (tableIds is null || check.TableIds.Any(tableIds.Contains)) findings.AddRange(check.Evaluate(rule, format, input, tableIds));
        }
        return findings;
    }
}
