using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>
/// Per row or column (<see cref="Each"/>) of <see cref="Table"/>: the sum of <see cref="Left"/> equals the sum of
/// <see cref="Right"/> (R1–R3, R5). With <c>each: column</c> the terms are rows, with <c>each: row</c> columns.
/// </summary>
public sealed record BalanceCheck(string Table, string Each, IReadOnlyList<string> Left, IReadOnlyList<string> Right) : RuleCheck
{
    private const int ListAllTermsUpTo = 6;

    public override IEnumerable<string> TableIds => [Table];

    private bool ByColumn => Each == "column";

    internal override IEnumerable<string> Problems(ReportFormat format)
    {
        var t = format.Tables.FirstOrDefault(x => x.Id == Table);
        if (t is null) yield return $"unknown table \"{Table}\"";
        if (Each is not ("row" or "column")) yield return "\"each\" must be row or column";
        if (Left is null || Right is null) yield return "a balance needs \"left\" and \"right\"";
        if (t is null || Left is null || Right is null) yield break;
        var terms = ByColumn ? t.Rows.Select(x => x.Id) : t.Columns.Select(x => x.Id);
        foreach (var id in Left.Concat(Right).Except(terms))
            yield return $"term \"{id}\" is not a {(ByColumn ? "row" : "column")} of {t.Id}";
    }

    internal override IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds)
    {
        var figures = input.Figures;
        var table = format.Table(Table);
        foreach (var target in PlanFor(format, Plan))
        {
            // Most balances hold: they are added up without forming a key or a list.
            if (Sum(target.Left, figures) is not { } l || Sum(target.Right, figures) is not { } r || l == r) continue;
            var message = RuleText.Fill(rule.Message!, ("where", target.Label), ("left", Render(target.Left, l, figures)), ("right", Render(target.Right, r, figures)),
                ("diff", RuleText.Number(Math.Abs(l - r))));
            var cells = target.Left.Concat(target.Right).SelectMany(t => TypedSources(table, t, figures)).Distinct().ToList();
            yield return new Finding(rule.Id, rule.Severity, target.Label, message, cells, target.Derived && !figures.AllGiven, table.Id, $"{rule.Id}.{table.Id}.{target.Id}");
        }
    }

    // Each row (or column) of the table with the cells of its two sides.
    private Target[] Plan(ReportFormat format)
    {
        var t = format.Table(Table);
        var targets = ByColumn
            ? t.Columns.Select(c => (c.Id, c.Short, Derived: c.Computed is not null))
            : t.Rows.Select(r => (r.Id, r.Short, Derived: r.Computed is not null));
        return [.. targets.Select(x => new Target(x.Id, x.Short, x.Derived, Terms(t, Left, x.Id), Terms(t, Right, x.Id)))];
    }

    private Term[] Terms(TableDefinition t, IReadOnlyList<string> ids, string target) =>
        [.. ids.Select(id =>
        {
            var (row, col) = ByColumn ? (id, target) : (target, id);
            var label = ByColumn ? t.Rows.First(r => r.Id == id).Short : t.Columns.First(c => c.Id == id).Short;
            return new Term(label, t.CellKey(row, col), row, col);
        })];

    private static decimal? Sum(Term[] terms, ReportFigures figures)
    {
        decimal total = 0;
        foreach (var term in terms)
        {
            if (figures[term.Key] is not { } v) return null;
            total += v;
        }
        return total;
    }

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
    private static string Render(Term[] terms, decimal sum, ReportFigures figures)
    {
        if (terms.Length == 1) return $"{terms[0].Label}({RuleText.Number(sum)})";
        var shown = terms.Length <= ListAllTermsUpTo ? terms : [.. terms.Where(t => figures[t.Key] != 0)];
        if (shown.Length == 0) return $"{terms[0].Label}…{terms[^1].Label}(均为0)=0";
        return string.Join("+", shown.Select(t => $"{t.Label}({RuleText.Number(figures[t.Key]!.Value)})")) + $"={RuleText.Number(sum)}";
    }

    private sealed record Term(string Label, string Key, string RowId, string ColumnId);

    private sealed record Target(string Id, string Label, bool Derived, Term[] Left, Term[] Right);
}
