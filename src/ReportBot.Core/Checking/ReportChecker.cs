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
        return [.. report.LayoutFindings, .. rules.Evaluate(input)];
    }

    private ReportFigures Figures(PublishedReport report) => ReportFigures.Given(format, key => report.Cells.GetValueOrDefault(key));
}
