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

public sealed record TableDefinition(
    string Id,
    string Caption,
    string ValueType,
    IReadOnlyList<ColumnDefinition> Columns,
    IReadOnlyList<RowDefinition> Rows,
    string? RowHeader = null,
    string? Corner = null,
    string? ColumnHeader = null,
    bool GroupZero = false,
    string Layout = TableLayouts.Grid)
{
    public bool IsFee => ValueType == ValueTypes.Fee;

    public IEnumerable<ColumnDefinition> TypedColumns => Columns.Where(c => c.Computed is null);

    public IEnumerable<RowDefinition> TypedRows => Rows.Where(r => r.Computed is null);

    public ColumnDefinition? ComputedColumn => Columns.FirstOrDefault(c => c.Computed is not null);

    public string CellKey(string rowId, string columnId) => $"{Id}.{rowId}.{columnId}";
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

public sealed record RuleDefinition(string Id, string Severity, string Title, RuleCheck? Check = null, string? Message = null);

/// <summary>
/// How a rule is evaluated. <c>balance</c>: for each row or column of a table, the sum of <c>Left</c> equals the sum
/// of <c>Right</c>. <c>filled</c>: every cell of <c>Tables</c> has a value.
/// </summary>
public sealed record RuleCheck(
    string Type,
    string? Table = null,
    string? Each = null,
    IReadOnlyList<string>? Left = null,
    IReadOnlyList<string>? Right = null,
    IReadOnlyList<string>? Tables = null);

public static class ValueTypes
{
    public const string Integer = "integer";
    public const string Fee = "fee";
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
