using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>Per row: last year's <see cref="Pending"/> cases reappear in this year's <see cref="Total"/> (R10).</summary>
public sealed record PendingCheck(string Table, string Pending, string Total) : RuleCheck
{
    public override IEnumerable<string> TableIds => [Table];

    // Shown at every row of 表四: what was pending last year must have a result this year (R10).
    public override LastYearCells LastYearCells => new(Table, Column: Pending, ShownWithEveryRow: true);

    internal override IEnumerable<string> Problems(ReportFormat format)
    {
        foreach (var p in TableNames.Problems(format, Table, [], [("pending", Pending), ("total", Total)])) yield return p;
        if (Pending is null || Total is null) yield return "a pending rule needs \"pending\" and \"total\"";
    }

    internal override IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds)
    {
        if (input.LastYear is not { } last) yield break;
        var figures = input.Figures;
        var table = format.Table(Table);
        foreach (var row in table.Rows)
        {
            if (last.Value(table, row.Id, Pending) is not { } before || before == 0 || figures.Value(table, row.Id, Total) is not { } now || now >= before) continue;
            var message = RuleText.Fill(rule.Message!, ("where", row.Short), ("last", RuleText.Number(before)), ("this", RuleText.Number(now)));
            var cells = table.TypedColumns.Select(c => table.CellKey(row.Id, c.Id)).ToList();
            yield return new Finding(rule.Id, rule.Severity, row.Short, message, cells, Table: table.Id, Key: $"{rule.Id}.{table.Id}.{row.Id}");
        }
    }
}
