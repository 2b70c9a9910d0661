using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Checking;

/// <summary>Checks a published report: what the reader found about its layout, then every rule over what it says.</summary>
public sealed class ReportChecker(ReportFormat format)
{
    private readonly RuleEngine rules = new(format);

    public IReadOnlyList<Finding> Check(PublishedReport report, PublishedReport? lastYear = null)
    {
        var input = new RuleInput(Figures(report), lastYear is null ? null : Figures(lastYear), report.Texts);
        // A row that could not be read is said so once: its cells are not also unfilled.
        var unread = report.LayoutFindings.Where(f => f.RuleId == UnreadableRow.RuleId).SelectMany(f => f.CellKeys).ToHashSet(StringComparer.Ordinal);
        var findings = rules.Evaluate(input).Where(f => f.RuleId != "R6" || !f.CellKeys.All(unread.Contains));
        return [.. report.LayoutFindings, .. findings.Select(f => Explained(f, report))];
    }

    /// <summary>An R6 cell that holds text, not nothing, is named with what it holds: “-1”不是有效数字.</summary>
    private static Finding Explained(Finding finding, PublishedReport report)
    {
        if (finding.RuleId != "R6") return finding;
        var invalid = finding.CellKeys.Where(report.Invalid.ContainsKey).Select(k => $"“{report.Invalid[k]}”").Distinct().ToList();
        if (invalid.Count == 0) return finding;
        var blank = finding.CellKeys.Any(k => !report.Invalid.ContainsKey(k));
        return finding with { Message = $"{finding.Where}：{string.Join("、", invalid)}不是有效数字（应为非负整数，金额为万元）" + (blank ? "，另有空格尚未填写（没有请填0）" : "") };
    }

    private ReportFigures Figures(PublishedReport report) => ReportFigures.Given(format, key => report.Cells.GetValueOrDefault(key));
}
