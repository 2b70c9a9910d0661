namespace ReportBot.Core.Rules;

/// <summary>
/// A rule that does not hold: its id and severity, where (a column, row or item), the message with the real
/// numbers, and the typed cells involved (so the user can be offered to re-enter each of them).
/// <see cref="Table"/> is the table the rule looked at. <see cref="Derived"/> marks a finding about a computed column or row, which follows from findings about typed ones.
/// </summary>
public sealed record Finding(string RuleId, string Severity, string Where, string Message, IReadOnlyList<string> CellKeys, bool Derived = false, string? Table = null)
{
    public string Text => $"{RuleId} {Message}";
}
