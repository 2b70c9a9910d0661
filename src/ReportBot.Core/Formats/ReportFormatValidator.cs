namespace ReportBot.Core.Formats;

/// <summary>Checks a deserialized format for everything the interview relies on; each problem names its item.</summary>
internal static class ReportFormatValidator
{
    public static List<string> Problems(ReportFormat f)
    {
        var problems = new List<string>();
        void Need(bool ok, string where, string what)
        {
            if (!ok) problems.Add($"{where}: {what}");
        }

        Need(!string.IsNullOrWhiteSpace(f.Id), "format", "missing \"id\"");
        Need(f.Title?.Contains("{agency}", StringComparison.Ordinal) == true && f.Title.Contains("{year}", StringComparison.Ordinal),
            "title", "must contain {agency} and {year}");
        Need(f.Sections is { Count: > 0 }, "sections", "no sections");
        Need(f.Tables is not null, "tables", "missing");
        Need(f.Rules is not null, "rules", "missing");
        if (problems.Count > 0 || f.Tables is null || f.Rules is null) return problems;
        EmptyEntries(f, problems);
        if (problems.Count > 0) return problems;

        var tableIds = f.Tables.Select(t => t.Id).ToHashSet();
        var ids = new HashSet<string>();
        var ruleIds = new HashSet<string>();
        foreach (var s in f.Sections!)
        {
            var where = $"section {s.Id ?? "?"}";
            Need(!string.IsNullOrWhiteSpace(s.Heading), where, "missing \"heading\"");
            Need((s.Items?.Count ?? 0) + (s.Tables?.Count ?? 0) > 0, where, "has neither items nor tables");
            foreach (var item in s.Items ?? [])
            {
                var at = $"item {item.Id ?? "?"}";
                Need(!string.IsNullOrWhiteSpace(item.Id) && ids.Add(item.Id), at, "missing or duplicate id");
                Need(!string.IsNullOrWhiteSpace(item.Prompt), at, "missing \"prompt\"");
                Need(!string.IsNullOrWhiteSpace(item.Hint), at, "missing \"hint\"");
                Need(item.MaxLength > 0, at, "\"maxLength\" must be positive");
            }
            foreach (var t in s.Tables ?? [])
            {
                Need(tableIds.Contains(t), where, $"names unknown table {t}");
            }
        }
        foreach (var t in f.Tables)
        {
            ValidateTable(t, Need);
            Need(ids.Add(t.Id), $"table {t.Id}", "duplicate id");
        }
        foreach (var r in f.Rules)
        {
            Need(ruleIds.Add(r.Id), $"rule {r.Id}", "duplicate id");
            ValidateRule(r, f, Need);
        }
        return problems;
    }

    /// <summary>A stray <c>null</c> in any list (e.g. a trailing comma turned into null) is named, not crashed on.</summary>
    private static void EmptyEntries(ReportFormat f, List<string> problems)
    {
        void Check<T>(IEnumerable<T?>? list, string where)
        {
            var i = 0;
            foreach (var entry in list ?? [])
            {
                if (entry is null) problems.Add($"{where}[{i}]: empty entry (null)");
                i++;
            }
        }
        Check(f.Sections, "sections");
        Check(f.Tables, "tables");
        Check(f.Rules, "rules");
        foreach (var s in f.Sections.OfType<SectionDefinition>())
        {
            Check(s.Items, $"section {s.Id} items");
            Check(s.Tables, $"section {s.Id} tables");
        }
        foreach (var t in f.Tables.OfType<TableDefinition>())
        {
            Check(t.Columns, $"table {t.Id} columns");
            Check(t.Rows, $"table {t.Id} rows");
        }
    }

    private static void ValidateTable(TableDefinition t, Action<bool, string, string> need)
    {
        var at = $"table {t.Id}";
        need(t.ValueType is ValueTypes.Integer or ValueTypes.Fee, at, $"unknown valueType \"{t.ValueType}\"");
        need(t.Layout is TableLayouts.Grid or TableLayouts.Blocks, at, $"unknown layout \"{t.Layout}\"");
        need(t.ZeroShortcut is null or ZeroShortcuts.Group or ZeroShortcuts.Table, at, $"unknown zeroShortcut \"{t.ZeroShortcut}\" (group or table)");
        need(t.LabelStyle is LabelStyles.Full or LabelStyles.Short, at, $"unknown labelStyle \"{t.LabelStyle}\" (full or short)");
        need(t.Columns is { Count: > 0 } && t.Rows is { Count: > 0 }, at, "needs rows and columns");
        if (t.Columns is null || t.Rows is null) return;
        var cols = t.Columns.Select(c => c.Id).ToList();
        var rows = t.Rows.Select(r => r.Id).ToList();
        need(cols.Distinct().Count() == cols.Count, at, "duplicate column id");
        need(rows.Distinct().Count() == rows.Count, at, "duplicate row id");
        foreach (var c in t.Columns)
        {
            need(!string.IsNullOrWhiteSpace(c.Label) && !string.IsNullOrWhiteSpace(c.Short), $"{at} column {c.Id}", "needs \"label\" and \"short\"");
            foreach (var src in c.Computed ?? [])
                need(cols.Contains(src) && src != c.Id, $"{at} column {c.Id}", $"computed from unknown column {src}");
        }
        foreach (var r in t.Rows)
        {
            need(!string.IsNullOrWhiteSpace(r.Label) && !string.IsNullOrWhiteSpace(r.Short), $"{at} row {r.Id}", "needs \"label\" and \"short\"");
            foreach (var src in r.Computed ?? [])
                need(rows.Contains(src) && src != r.Id, $"{at} row {r.Id}", $"computed from unknown row {src}");
        }
        need(t.TypedColumns.Any() && t.TypedRows.Any(), at, "has no cell to type");
    }

    private static void ValidateRule(RuleDefinition r, ReportFormat f, Action<bool, string, string> need)
    {
        var at = $"rule {r.Id}";
        need(r.Severity is Severities.Error or Severities.Warning or Severities.Guidance, at, $"unknown severity \"{r.Severity}\"");
        need(!string.IsNullOrWhiteSpace(r.Title), at, "missing \"title\"");
        if (r.Check is not { } c) return;
        need(!string.IsNullOrWhiteSpace(r.Message), at, "a checked rule needs a \"message\"");
        foreach (var problem in c.Problems(f)) need(false, at, problem);
    }
}
