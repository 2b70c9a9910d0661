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

/// <summary>
/// A rule. <see cref="Explainable"/>: a finding can be resolved by an explanation, which the document prints as a
/// note under the table (R8–R10). Any warning can be acknowledged with a reason, kept with the report.
/// <see cref="Hint"/> gives examples of reasons that fit this rule.
/// </summary>
public sealed record RuleDefinition(string Id, string Severity, string Title, RuleCheck? Check = null, string? Message = null, bool Explainable = false, string? Hint = null)
{
    public bool CanBeAcknowledged => Explainable || Severity == Severities.Warning;
}

/// <summary>
/// How a rule is evaluated. <c>balance</c>: per row or column of a table, the sum of <c>Left</c> equals the sum of
/// <c>Right</c>. <c>filled</c>: every cell of <c>Tables</c> has a value. <c>carryover</c>: this year's <c>Row</c>
/// equals last year's <c>LastRow</c>, per column. <c>inForce</c>: per row, last year's in-force count plus issued minus
/// repealed. <c>pending</c>: last year's pending cases reappear in this year's total. <c>narrative</c>: figures quoted
/// in the <c>Sections</c>' text match the table cells of each pattern. <c>statement</c>: a section says something
/// about a topic. <c>labels</c>: checked when a published report is read (obsolete and renamed labels).
/// </summary>
public sealed record RuleCheck(
    string Type,
    string? Table = null,
    string? Each = null,
    IReadOnlyList<string>? Left = null,
    IReadOnlyList<string>? Right = null,
    IReadOnlyList<string>? Tables = null,
    string? Row = null,
    string? LastRow = null,
    string? Issued = null,
    string? Repealed = null,
    string? InForce = null,
    string? Pending = null,
    string? Total = null,
    IReadOnlyList<string>? Sections = null,
    IReadOnlyList<NarrativePattern>? Patterns = null,
    IReadOnlyList<RequiredStatement>? Statements = null,
    IReadOnlyList<string>? Obsolete = null,
    IReadOnlyDictionary<string, string>? Renamed = null);

/// <summary>A figure quoted in prose (group 1 of <c>Regex</c>) and the table cells it must equal when added up.</summary>
public sealed record NarrativePattern(string Name, string Regex, IReadOnlyList<string> Cells);

/// <summary>A section must mention one of the keywords; otherwise the suggestion can be accepted as it stands.</summary>
public sealed record RequiredStatement(string Section, string Topic, IReadOnlyList<string> Keywords, string Suggestion);

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
