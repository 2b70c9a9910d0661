using System.Globalization;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules;

/// <summary>Evaluates the checked rules of a format over a report's figures, last year's, and its prose.</summary>
public sealed partial class RuleEngine(ReportFormat format)
{
    private const int ListAllTermsUpTo = 6;

    public IReadOnlyList<Finding> Evaluate(ReportFigures figures) => Evaluate(new RuleInput(figures));

    /// <summary>Findings of the rules over the given tables only, e.g. after an answer to one of them.</summary>
    public IReadOnlyList<Finding> Evaluate(ReportFigures figures, IReadOnlySet<string> tableIds) => Evaluate(new RuleInput(figures), tableIds);

    /// <summary>All findings; with <paramref name="tableIds"/>, only those of rules about these tables.</summary>
    public IReadOnlyList<Finding> Evaluate(RuleInput input, IReadOnlySet<string>? tableIds = null) =>
        format.Rules.Where(r => r.Check is not null && InScope(r.Check, tableIds)).SelectMany(r => Evaluate(r, r.Check!, input, tableIds)).ToList();

    private static bool InScope(RuleCheck c, IReadOnlySet<string>? tableIds) =>
        tableIds is null || (c.Table is not null && tableIds.Contains(c.Table)) || (c.Tables ?? []).Any(tableIds.Contains);

    private IEnumerable<Finding> Evaluate(RuleDefinition rule, RuleCheck check, RuleInput input, IReadOnlySet<string>? tableIds) => check.Type switch
    {
        "balance" => Balance(rule, check, input.Figures),
        "filled" => Filled(rule, (check.Tables ?? []).Where(t => tableIds?.Contains(t) ?? true), input.Figures),
        "carryover" when input.LastYear is { } last => Carryover(rule, check, input.Figures, last),
        "inForce" when input.LastYear is { } last => InForce(rule, check, input.Figures, last),
        "pending" when input.LastYear is { } last => Pending(rule, check, input.Figures, last),
        "narrative" => Narrative(rule, check, input),
        "statement" => Statements(rule, check, input),
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
            var message = Fill(rule.Message!, ("where", targetLabel), ("left", Render(left, l)), ("right", Render(right, r)), ("diff", Format(Math.Abs(l - r))));
            var cells = left.Concat(right).SelectMany(t => TypedSources(table, t, figures)).Distinct().ToList();
            yield return new Finding(rule.Id, rule.Severity, targetLabel, message, cells, derived && !figures.AllGiven, table.Id, $"{rule.Id}.{table.Id}.{targetId}");
        }
    }

    private IEnumerable<Finding> Filled(RuleDefinition rule, IEnumerable<string> tables, ReportFigures figures)
    {
        foreach (var table in tables.Select(format.Table))
        {
            // A published report prints its totals, so they must be filled too; in the interview they are computed.
            var rows = figures.AllGiven ? table.Rows : table.TypedRows;
            foreach (var row in rows)
            {
                var columns = figures.AllGiven ? table.Columns : table.TypedColumns;
                var missing = columns.Select(c => table.CellKey(row.Id, c.Id)).Where(k => figures[k] is null).ToList();
                if (missing.Count == 0) continue;
                var where = $"{table.Caption} {row.Label}";
                yield return new Finding(rule.Id, rule.Severity, where, Fill(rule.Message!, ("where", where)), missing, Table: table.Id, Key: $"{rule.Id}.{table.Id}.{row.Id}");
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
        if (f.AllGiven) return [term.Key];
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

    private static string Fill(string template, params (string Name, string Value)[] values) =>
        values.Aggregate(template, (text, v) => text.Replace("{" + v.Name + "}", v.Value, StringComparison.Ordinal));

    private static string Format(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    private sealed record Term(string Label, string Key, decimal? Value, string RowId, string ColumnId);
}
