using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>Every cell of <see cref="Tables"/> has a value (R6); its findings are marked <see cref="Finding.Unfilled"/>.</summary>
public sealed record FilledCheck(IReadOnlyList<string> Tables) : RuleCheck
{
    public override IEnumerable<string> TableIds => Tables ?? [];

    internal override bool FindsUnfilled => true;

    internal override IEnumerable<string> Problems(ReportFormat format)
    {
        if (Tables is not { Count: > 0 }) yield return "a filled rule needs \"tables\"";
        foreach (var id in TableIds.Where(id => format.Tables.All(x => x.Id != id)))
            yield return $"unknown table \"{id}\"";
    }

    internal override IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds)
    {
        var figures = input.Figures;
        // A published report prints its totals, so they must be filled too; in the interview they are computed.
        foreach (var row in PlanFor(format, Plan).Where(r => (tableIds?.Contains(r.Table) ?? true) && (figures.AllGiven || r.Typed)))
        {
            var keys = figures.AllGiven ? row.AllKeys : row.TypedKeys;
            if (keys.All(k => figures[k] is not null)) continue;
            var missing = keys.Where(k => figures[k] is null).ToList();
            yield return new Finding(rule.Id, rule.Severity, row.Where, RuleText.Fill(rule.Message!, ("where", row.Where)), missing, Table: row.Table, Key: $"{rule.Id}.{row.Table}.{row.Id}", Unfilled: true);
        }
    }

    // Each row of the tables with the keys of its cells: all of them, and those typed (not totals).
    private RowCells[] Plan(ReportFormat format) =>
        [.. TableIds.Select(format.Table).SelectMany(t => t.Rows.Select(r => new RowCells(t.Id, r.Id, $"{t.Caption} {r.Label}", r.Computed is null,
            [.. t.Columns.Select(c => t.CellKey(r.Id, c.Id))], [.. t.TypedColumns.Select(c => t.CellKey(r.Id, c.Id))])))];

    private sealed record RowCells(string Table, string Id, string Where, bool Typed, string[] AllKeys, string[] TypedKeys);
}
