using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>
/// The labels of a published report are this format's (R7): <see cref="Obsolete"/> labels of an earlier format and
/// <see cref="Renamed"/> ones (printed → expected). Applied by the checker while it reads a report, so the engine has
/// nothing to evaluate over figures.
/// </summary>
public sealed record LabelsCheck(IReadOnlyList<string>? Obsolete = null, IReadOnlyDictionary<string, string>? Renamed = null) : RuleCheck
{
    internal override IEnumerable<string> Problems(ReportFormat format) => [];

    internal override IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds) => [];
}
