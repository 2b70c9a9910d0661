using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Formats;

/// <summary>A report format loaded from config/: sections, narrative items, tables and rules.</summary>
public sealed record ReportFormat(
    string Id,
    string Name,
    string Title,
    int FirstYear,
    IReadOnlyList<SectionDefinition> Sections,
    IReadOnlyList<TableDefinition> Tables,
    IReadOnlyList<RuleDefinition> Rules)
{
    public string TitleFor(string agency, int year) =>
        Title.Replace("{agency}", agency, StringComparison.Ordinal)
             .Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public TableDefinition Table(string id) =>
        Tables.FirstOrDefault(t => t.Id == id) ?? throw new KeyNotFoundException($"table {id}");

    public RuleDefinition? Rule(string id) => Rules.FirstOrDefault(r => r.Id == id);

    /// <summary>The first rule checked by this kind, e.g. the labels rule the checker applies while reading.</summary>
    public RuleDefinition? RuleOfKind<TCheck>() where TCheck : RuleCheck => Rules.FirstOrDefault(r => r.Check is TCheck);

    /// <summary>A section's heading (一、总体情况), or its id when the format has no such section.</summary>
    public string Heading(string sectionId) => Sections.FirstOrDefault(s => s.Id == sectionId)?.Heading ?? sectionId;
}

public sealed record SectionDefinition(
    string Id,
    string Heading,
    string Short,
    IReadOnlyList<NarrativeItem>? Items,
    IReadOnlyList<string>? Tables);

public sealed record NarrativeItem(
    string Id,
    string Label,
    string Prompt,
    string Hint,
    bool Required,
    int MaxLength,
    string? Subheading = null);

/// <summary>
/// A table: its labels, which cells are typed and which computed, and how the bot presents it:
/// <see cref="ZeroShortcut"/> (a 全部为0 button, named for a group or the whole table), <see cref="LabelStyle"/>
/// (rows named by their short name in lists), <see cref="CaptionInPath"/> (the caption leads each question's path).
/// </summary>
public sealed record TableDefinition(
    string Id,
    string Caption,
    string ValueType,
    IReadOnlyList<ColumnDefinition> Columns,
    IReadOnlyList<RowDefinition> Rows,
    string? RowHeader = null,
    string? Corner = null,
    string? ColumnHeader = null,
    string Layout = TableLayouts.Grid,
    string? ZeroShortcut = null,
    string LabelStyle = LabelStyles.Full,
    bool CaptionInPath = false)
{
    public bool IsFee => ValueType == ValueTypes.Fee;

    /// <summary>The table offers 全部为0 for its still-empty cells (<see cref="ZeroShortcut"/> says how the button names it).</summary>
    public bool GroupZero => ZeroShortcut is not null;

    /// <summary>How a row of this table is named where space is short (lists of what is missing, previews).</summary>
    public string ShortName(RowDefinition row) => LabelStyle == LabelStyles.Short ? row.Short : row.Label;

    public IEnumerable<ColumnDefinition> TypedColumns => Columns.Where(c => c.Computed is null);

    public IEnumerable<RowDefinition> TypedRows => Rows.Where(r => r.Computed is null);

    public ColumnDefinition? ComputedColumn => Columns.FirstOrDefault(c => c.Computed is not null);

    public string CellKey(string rowId, string columnId) => $"{Id}.{rowId}.{columnId}";

    /// <summary>Whether <paramref name="cellKey"/> (as <see cref="CellKey"/> forms it) is a cell of the table <paramref name="tableId"/>.</summary>
    public static bool IsCellOf(string cellKey, string tableId) =>
        cellKey.Length > tableId.Length && cellKey[tableId.Length] == '.' && cellKey.StartsWith(tableId, StringComparison.Ordinal);
}

public sealed record ColumnDefinition(string Id, string Label, string Short, string? Group = null, IReadOnlyList<string>? Computed = null);

public sealed record RowDefinition(
    string Id,
    string Label,
    string Short,
    string? Part = null,
    string? Group = null,
    IReadOnlyList<string>? Computed = null,
    string? Guidance = null);

/// <summary>
/// A rule: its id, severity and message template, and how it is evaluated (<see cref="Check"/>, one class per kind;
/// none for guidance shown on a row, R4). <see cref="Explainable"/>: a finding can be resolved by an explanation, which the document prints as a
/// note under the table (R8–R10). Any warning can be acknowledged with a reason, kept with the report.
/// <see cref="Hint"/> gives examples of reasons that fit this rule.
/// </summary>
public sealed record RuleDefinition(string Id, string Severity, string Title, RuleCheck? Check = null, string? Message = null, bool Explainable = false, string? Hint = null)
{
    public bool CanBeAcknowledged => Explainable || Severity == Severities.Warning;
}

public static class ValueTypes
{
    public const string Integer = "integer";
    public const string Fee = "fee";
}

/// <summary>What the 全部为0 button of a table is called: the table is a group of table 二, or a whole table.</summary>
public static class ZeroShortcuts
{
    public const string Group = "group";
    public const string Table = "table";
}

/// <summary>How rows are named where space is short: the full label, or the row's short name (table 三's long labels).</summary>
public static class LabelStyles
{
    public const string Full = "full";
    public const string Short = "short";
}

public static class TableLayouts
{
    /// <summary>Rows under each other, as tables 二 and 三.</summary>
    public const string Grid = "grid";

    /// <summary>Rows printed side by side as blocks of columns, as table 四's single row of 15.</summary>
    public const string Blocks = "blocks";
}

public static class Severities
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Guidance = "guidance";
}
