namespace ReportBot.Core.Rules;

/// <summary>
/// Which of a format's rules to evaluate: all of them, those about some tables (a row's own findings), or those that
/// read some tables' figures or sections' prose (what a change or a finished section can move). A message evaluates
/// the rules its change touches, not the whole report's.
/// </summary>
public sealed record RuleScope
{
    public static RuleScope All { get; } = new();

    /// <summary>Rules whose findings are about these tables, each reporting only for them; null for any table.</summary>
    internal IReadOnlySet<string>? About { get; private init; }

    /// <summary>With <see cref="ReadSections"/>: rules that read any of these tables' figures; null for no filter.</summary>
    internal IReadOnlySet<string>? ReadTables { get; private init; }

    internal IReadOnlySet<string>? ReadSections { get; private init; }

    /// <summary>
    /// Whether rules about empty cells (R6) are evaluated: the interview lists empty cells as open questions and
    /// never shows those findings, so it leaves them out.
    /// </summary>
    public bool Unfilled { get; init; } = true;

    public static RuleScope AboutTables(IReadOnlySet<string> tableIds) => new() { About = tableIds };

    public static RuleScope Reading(IEnumerable<string> tableIds, IEnumerable<string> sectionIds) => new()
    {
        ReadTables = tableIds.ToHashSet(StringComparer.Ordinal),
        ReadSections = sectionIds.ToHashSet(StringComparer.Ordinal),
    };

    /// <summary>Whether a rule is in scope, from what it is about and what it reads (worked out once per format).</summary>
    internal bool Selects(CheckedRule rule) =>
        (Unfilled || !rule.Check.FindsUnfilled)
        && (About is null || rule.Check.TableIds.Any(About.Contains))
        && (ReadTables is null || rule.TablesRead.Overlaps(ReadTables) || rule.SectionsRead.Overlaps(ReadSections!));
}
