namespace ReportBot.Core.Rules;

/// <summary>
/// A rule that does not hold: its id and severity, where (a column, row or item), the message with the real
/// numbers, and the typed cells involved (so the user can be offered to re-enter each of them).
/// </summary>
public sealed record Finding(string RuleId, string Severity, string Where, string Message, IReadOnlyList<string> CellKeys)
{
    public string Text => $"{RuleId} {Message}";
}
