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
        var targets = ByColumn
            ? table.Columns.Select(c => (c.Id, c.Short, Derived: c.Computed is not null))
            : table.Rows.Select(r => (r.Id, r.Short, Derived: r.Computed is not null));
        foreach (var (targetId, targetLabel, derived) in targets)
        {
            var left = Terms(table, Left, targetId, figures);
            var right = Terms(table, Right, targetId, figures);
            if (left.Any(t => t.Value is null) || right.Any(t => t.Value is null)) continue;
            var l = left.Sum(t => t.Value!.Value);
            var r = right.Sum(t => t.Value!.Value);
            if (l == r) continue;
            var message = RuleText.Fill(rule.Message!, ("where", targetLabel), ("left", Render(left, l)), ("right", Render(right, r)), ("diff", RuleText.Number(Math.Abs(l - r))));
            var cells = left.Concat(right).SelectMany(t => TypedSources(table, t, figures)).Distinct().ToList();
            yield return new Finding(rule.Id, rule.Severity, targetLabel, message, cells, derived && !figures.AllGiven, table.Id, $"{rule.Id}.{table.Id}.{targetId}");
        }
    }

    private List<Term> Terms(TableDefinition t, IReadOnlyList<string> ids, string target, ReportFigures f) =>
        ids.Select(id =>
        {
            var (row, col) = ByColumn ? (id, target) : (target, id);
            var label = ByColumn ? t.Rows.First(r => r.Id == id).Short : t.Columns.First(c => c.Id == id).Short;
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
        if (terms.Count == 1) return $"{terms[0].Label}({RuleText.Number(sum)})";
        var shown = terms.Count <= ListAllTermsUpTo ? terms : terms.Where(t => t.Value != 0).ToList();
        if (shown.Count == 0) return $"{terms[0].Label}…{terms[^1].Label}(均为0)=0";
        return string.Join("+", shown.Select(t => $"{t.Label}({RuleText.Number(t.Value!.Value)})")) + $"={RuleText.Number(sum)}";
    }

    private sealed record Term(string Label, string Key, decimal? Value, string RowId, string ColumnId);
}
