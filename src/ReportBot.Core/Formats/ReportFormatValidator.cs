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
        switch (c.Type)
        {
            case "balance":
                var t = f.Tables.FirstOrDefault(x => x.Id == c.Table);
                need(t is not null, at, $"unknown table \"{c.Table}\"");
                need(c.Each is "row" or "column", at, "\"each\" must be row or column");
                need(c.Left is not null && c.Right is not null, at, "a balance needs \"left\" and \"right\"");
                if (t is null || c.Left is null || c.Right is null) return;
                var terms = c.Each == "column" ? t.Rows.Select(x => x.Id) : t.Columns.Select(x => x.Id);
                foreach (var id in c.Left.Concat(c.Right).Except(terms))
                    need(false, at, $"term \"{id}\" is not a {(c.Each == "column" ? "row" : "column")} of {t.Id}");
                break;
            case "filled":
                foreach (var id in (c.Tables ?? []).Where(id => f.Tables.All(x => x.Id != id)))
                    need(false, at, $"unknown table \"{id}\"");
                break;
            case "carryover" or "inForce" or "pending":
                ValidateAcrossYears(c, f, at, need);
                break;
            case "narrative":
                ValidateNarrative(c, f, at, need);
                break;
            case "statement":
                need(c.Statements is { Count: > 0 }, at, "a statement rule needs \"statements\"");
                foreach (var st in c.Statements ?? [])
                    need(f.Sections.Any(x => x.Id == st.Section) && st.Keywords is { Count: > 0 } && !string.IsNullOrWhiteSpace(st.Suggestion), at, $"statement for section \"{st.Section}\" needs a known section, keywords and a suggestion");
                break;
            case "labels":
                break;
            default:
                need(false, at, $"unknown check type \"{c.Type}\"");
                break;
        }
    }

    private static void ValidateAcrossYears(RuleCheck c, ReportFormat f, string at, Action<bool, string, string> need)
    {
        var t = f.Tables.FirstOrDefault(x => x.Id == c.Table);
        need(t is not null, at, $"unknown table \"{c.Table}\"");
        if (t is null) return;
        var rows = t.Rows.Select(r => r.Id).ToHashSet();
        var columns = t.Columns.Select(x => x.Id).ToHashSet();
        foreach (var (name, id, known) in new[] { ("row", c.Row, rows), ("lastRow", c.LastRow, rows), ("issued", c.Issued, columns), ("repealed", c.Repealed, columns),
                     ("inForce", c.InForce, columns), ("pending", c.Pending, columns), ("total", c.Total, columns) })
            need(id is null || known.Contains(id), at, $"\"{name}\" names \"{id}\", not in {t.Id}");
        need(c.Type != "carryover" || (c.Row is not null && c.LastRow is not null), at, "a carryover rule needs \"row\" and \"lastRow\"");
        need(c.Type != "inForce" || (c.Issued is not null && c.Repealed is not null && c.InForce is not null), at, "an inForce rule needs \"issued\", \"repealed\" and \"inForce\"");
        need(c.Type != "pending" || (c.Pending is not null && c.Total is not null), at, "a pending rule needs \"pending\" and \"total\"");
    }

    private static void ValidateNarrative(RuleCheck c, ReportFormat f, string at, Action<bool, string, string> need)
    {
        need(c.Sections is { Count: > 0 } && c.Patterns is { Count: > 0 }, at, "a narrative rule needs \"sections\" and \"patterns\"");
        var cells = f.Tables.SelectMany(t => t.Rows.SelectMany(r => t.Columns.Select(col => t.CellKey(r.Id, col.Id)))).ToHashSet();
        foreach (var p in c.Patterns ?? [])
        {
            try
            {
                need(new System.Text.RegularExpressions.Regex(p.Regex).GetGroupNumbers().Length > 1, at, $"pattern \"{p.Name}\" needs a group for the figure");
            }
            catch (ArgumentException e)
            {
                need(false, at, $"pattern \"{p.Name}\" is not a valid regular expression ({e.Message})");
            }
            foreach (var cell in (p.Cells ?? []).Where(k => !cells.Contains(k))) need(false, at, $"pattern \"{p.Name}\" names unknown cell \"{cell}\"");
        }
    }
}
