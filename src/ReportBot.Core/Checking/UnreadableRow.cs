namespace ReportBot.Core.Checking;

/// <summary>
/// A table row whose figures are printed but cannot be read with certainty (cells run together with more than one
/// way to split them): reported as its own finding, never guessed, and its cells are not also called unfilled (R6).
/// </summary>
public static class UnreadableRow
{
    /// <summary>The finding's rule id: not one of the format's rules, since the report may well be right.</summary>
    public const string RuleId = "R0";
}
