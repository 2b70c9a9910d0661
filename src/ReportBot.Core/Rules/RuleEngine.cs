using System.Globalization;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules;

/// <summary>Evaluates the checked rules of a format over a report's figures.</summary>
public sealed class RuleEngine(ReportFormat format)
{
    private const int ListAllTermsUpTo = 6;

    public IReadOnlyList<Finding> Evaluate(ReportFigures figures) => Evaluate(figures, format.Tables.Select(t => t.Id).ToHashSet());

    /// <summary>Findings of the rules over the given tables only, e.g. after an answer to one of them.</summary>
    public IReadOnlyList<Finding> Evaluate(ReportFigures figures, IReadOnlySet<string> tableIds) =>
        format.Rules.Where(r => r.Check is not null).SelectMany(r => Evaluate(r, figures, tableIds)).ToList();

    private IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFigures figures, IReadOnlySet<string> tableIds) => rule.Check!.Type switch
    {
        "balance" when tableIds.Contains(rule.Check.Table!) => Balance(rule, rule.Check, figures),
        "filled" => Filled(rule, (rule.Check.Tables ?? []).Where(tableIds.Contains), figures),
        _ => [],
    };

    private IEnumerable<Finding> Balance(RuleDefinition rule, RuleCheck check, ReportFigures figures)
    {
        var table = format.Table(check.Table!);
        var byColumn = check.Each == "column";
        var targets = byColumn
            ? table.Columns.Select(c => (c.Id, c.Short, Derived: c.Computed is not null))
            : table.Rows.Select(r => (r.Id, r.Short, Derived: r.Computed is not null));
        foreach (var (targetId, targetLabel, derived) in targets)
        {
            var left = Terms(table, check.Left!, targetId, byColumn, figures);
            var right = Terms(table, check.Right!, targetId, byColumn, figures);
            if (left.Any(t => t.Value is null) || right.Any(t => t.Value is null)) continue;
            var l = left.Sum(t => t.Value!.Value);
            var r = right.Sum(t => t.Value!.Value);
            if (l == r) continue;
            var message = rule.Message!
                .Replace("{where}", targetLabel, StringComparison.Ordinal)
                .Replace("{left}", Render(left, l), StringComparison.Ordinal)
                .Replace("{right}", Render(right, r), StringComparison.Ordinal)
                .Replace("{diff}", Format(Math.Abs(l - r)), StringComparison.Ordinal);
            var cells = left.Concat(right).SelectMany(t => TypedSources(table, t, figures)).Distinct().ToList();
            yield return new Finding(rule.Id, rule.Severity, targetLabel, message, cells, derived, table.Id);
        }
    }

    private IEnumerable<Finding> Filled(RuleDefinition rule, IEnumerable<string> tables, ReportFigures figures)
    {
        foreach (var table in tables.Select(format.Table))
        {
            foreach (var row in table.TypedRows)
            {
                var missing = table.TypedColumns.Select(c => table.CellKey(row.Id, c.Id)).Where(k => figures[k] is null).ToList();
                if (missing.Count == 0) continue;
                var where = $"{table.Caption} {row.Label}";
                yield return new Finding(rule.Id, rule.Severity, where, rule.Message!.Replace("{where}", where, StringComparison.Ordinal), missing, Table: table.Id);
            }
        }
    }

    private static List<Term> Terms(TableDefinition t, IReadOnlyList<string> ids, string target, bool byColumn, ReportFigures f) =>
        ids.Select(id =>
        {
            var (row, col) = byColumn ? (id, target) : (target, id);
            var label = byColumn ? t.Rows.First(r => r.Id == id).Short : t.Columns.First(c => c.Id == id).Short;
            var key = t.CellKey(row, col);
            return new Term(label, key, f[key], row, col);
        }).ToList();

    /// <summary>A typed cell is its own source; a computed one stands for its typed inputs that are not zero.</summary>
    private static IEnumerable<string> TypedSources(TableDefinition t, Term term, ReportFigures f)
    {
        var rows = t.Rows.First(r => r.Id == term.RowId).Computed ?? [term.RowId];
        var columns = t.Columns.First(c => c.Id == term.ColumnId).Computed ?? [term.ColumnId];
        var sources = rows.SelectMany(r => columns.Select(c => t.CellKey(r, c))).ToList();
        return sources.Count == 1 ? sources : sources.Where(k => f[k] is { } v && v != 0);
    }

    /// <summary><c>一(3)+二(0)=3</c>; long sums show only their non-zero terms.</summary>
    private static string Render(List<Term> terms, decimal sum)
    {
        if (terms.Count == 1) return $"{terms[0].Label}({Format(sum)})";
        var shown = terms.Count <= ListAllTermsUpTo ? terms : terms.Where(t => t.Value != 0).ToList();
        if (shown.Count == 0) return $"{terms[0].Label}…{terms[^1].Label}(均为0)=0";
        return string.Join("+", shown.Select(t => $"{t.Label}({Format(t.Value!.Value)})")) + $"={Format(sum)}";
    }

    private static string Format(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    private sealed record Term(string Label, string Key, decimal? Value, string RowId, string ColumnId);
}
