using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>This year's <see cref="Row"/> equals last year's <see cref="LastRow"/>, per column (R8).</summary>
public sealed record CarryoverCheck(string Table, string Row, string LastRow) : RuleCheck
{
    public override IEnumerable<string> TableIds => [Table];

    public override LastYearCells LastYearCells => new(Table, Row: LastRow, ShownWithRow: Row);

    internal override IEnumerable<string> Problems(ReportFormat format)
    {
        foreach (var p in TableNames.Problems(format, Table, [("row", Row), ("lastRow", LastRow)], [])) yield return p;
        if (Row is null || LastRow is null) yield return "a carryover rule needs \"row\" and \"lastRow\"";
    }

    internal override IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds)
    {
        if (input.LastYear is not { } last) yield break;
        var figures = input.Figures;
        var table = format.Table(Table);
        foreach (var column in table.Columns)
        {
            if (figures.Value(table, Row, column.Id) is not { } now || last.Value(table, LastRow, column.Id) is not { } before || now == before) continue;
            var message = RuleText.Fill(rule.Message!, ("where", column.Short), ("this", RuleText.Number(now)), ("last", RuleText.Number(before)), ("diff", RuleText.Number(Math.Abs(now - before))));
            var cells = column.Computed is null || figures.AllGiven ? [table.CellKey(Row, column.Id)] : column.Computed.Select(c => table.CellKey(Row, c)).ToList();
            yield return new Finding(rule.Id, rule.Severity, column.Short, message, cells, column.Computed is not null && !figures.AllGiven, table.Id, $"{rule.Id}.{table.Id}.{column.Id}");
        }
    }
}
