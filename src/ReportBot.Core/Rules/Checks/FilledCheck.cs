using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>Every cell of <see cref="Tables"/> has a value (R6); its findings are marked <see cref="Finding.Unfilled"/>.</summary>
public sealed record FilledCheck(IReadOnlyList<string> Tables) : RuleCheck
{
    public override IEnumerable<string> TableIds => Tables ?? [];

    internal override IEnumerable<string> Problems(ReportFormat format)
    {
        if (Tables is not { Count: > 0 }) yield return "a filled rule needs \"tables\"";
        foreach (var id in TableIds.Where(id => format.Tables.All(x => x.Id != id)))
            yield return $"unknown table \"{id}\"";
    }

    internal override IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds)
    {
        var figures = input.Figures;
        foreach (var table in TableIds.Where(t => tableIds?.Contains(t) ?? true).Select(format.Table))
        {
            // A published report prints its totals, so they must be filled too; in the interview they are computed.
            var rows = figures.AllGiven ? table.Rows : table.TypedRows;
            foreach (var row in rows)
            {
                var columns = figures.AllGiven ? table.Columns : table.TypedColumns;
                var missing = columns.Select(c => table.CellKey(row.Id, c.Id)).Where(k => figures[k] is null).ToList();
                if (missing.Count == 0) continue;
                var where = $"{table.Caption} {row.Label}";
                yield return new Finding(rule.Id, rule.Severity, where, RuleText.Fill(rule.Message!, ("where", where)), missing, Table: table.Id, Key: $"{rule.Id}.{table.Id}.{row.Id}", Unfilled: true);
            }
        }
    }
}
