namespace ReportBot.Core.Rules;

/// <summary>
/// A rule that does not hold: its id and severity, where (a column, row, section or sentence), the message with the
/// real numbers, and the typed cells involved (so the user can be offered to re-enter each of them).
/// <see cref="Key"/> names the finding stably (ASCII, e.g. <c>R9.t2.1.rules</c>) so it can be acknowledged.
/// <see cref="Table"/> is the table the rule looked at, <see cref="Section"/> the section for prose rules.
/// <see cref="Derived"/> marks a finding about a computed column or row, which follows from findings about typed ones.
/// <see cref="Suggestion"/> is text the user may accept as it stands (R13).
/// <see cref="Unfilled"/> marks a finding that cells are empty (R6): the interview lists open questions instead.
/// </summary>
public sealed record Finding(
    string RuleId,
    string Severity,
    string Where,
    string Message,
    IReadOnlyList<string> CellKeys,
    bool Derived = false,
    string? Table = null,
    string? Key = null,
    string? Section = null,
    string? Suggestion = null,
    bool Unfilled = false)
{
    public string Text => $"{RuleId} {Message}";

    public string Id => Key ?? $"{RuleId}.{Table}.{Where}";
}
