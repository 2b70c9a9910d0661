using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules;

/// <summary>Evaluates the checked rules of a format over a report's figures, last year's, and its prose.</summary>
public sealed class RuleEngine(ReportFormat format)
{
    public IReadOnlyList<Finding> Evaluate(ReportFigures figures) => Evaluate(new RuleInput(figures));

    /// <summary>Findings of the rules over the given tables only, e.g. after an answer to one of them.</summary>
    public IReadOnlyList<Finding> Evaluate(ReportFigures figures, IReadOnlySet<string> tableIds) => Evaluate(new RuleInput(figures), tableIds);

    /// <summary>All findings; with <paramref name="tableIds"/>, only those of rules about these tables.</summary>
    public IReadOnlyList<Finding> Evaluate(RuleInput input, IReadOnlySet<string>? tableIds = null) =>
        format.Rules.Where(r => r.Check is { } c && (tableIds is null || c.TableIds.Any(tableIds.Contains)))
            .SelectMany(r => r.Check!.Evaluate(r, format, input, tableIds)).ToList();
}
