using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules;

/// <summary>Rules across years: carry-over (R8), in-force counts (R9), cases still pending (R10).</summary>
public sealed partial class RuleEngine
{
    private IEnumerable<Finding> Carryover(RuleDefinition rule, RuleCheck check, ReportFigures figures, ReportFigures last)
    {
        var table = format.Table(check.Table!);
        foreach (var column in table.Columns)
        {
            if (figures.Value(table, check.Row!, column.Id) is not { } now || last.Value(table, check.LastRow!, column.Id) is not { } before || now == before) continue;
            var message = Fill(rule.Message!, ("where", column.Short), ("this", Format(now)), ("last", Format(before)), ("diff", Format(Math.Abs(now - before))));
            var cells = column.Computed is null || figures.AllGiven ? [table.CellKey(check.Row!, column.Id)] : column.Computed.Select(c => table.CellKey(check.Row!, c)).ToList();
            yield return new Finding(rule.Id, rule.Severity, column.Short, message, cells, column.Computed is not null && !figures.AllGiven, table.Id, $"{rule.Id}.{table.Id}.{column.Id}");
        }
    }

    private IEnumerable<Finding> InForce(RuleDefinition rule, RuleCheck check, ReportFigures figures, ReportFigures last)
    {
        var table = format.Table(check.Table!);
        foreach (var row in table.Rows)
        {
            if (figures.Value(table, row.Id, check.InForce!) is not { } now || last.Value(table, row.Id, check.InForce!) is not { } before
                || figures.Value(table, row.Id, check.Issued!) is not { } issued || figures.Value(table, row.Id, check.Repealed!) is not { } repealed) continue;
            var expected = before + issued - repealed;
            if (now == expected) continue;
            var message = Fill(rule.Message!, ("where", row.Short), ("this", Format(now)), ("last", Format(before)), ("issued", Format(issued)),
                ("repealed", Format(repealed)), ("expected", Format(expected)), ("diff", Format(Math.Abs(now - expected))));
            var cells = new[] { check.InForce!, check.Issued!, check.Repealed! }.Select(c => table.CellKey(row.Id, c)).ToList();
            yield return new Finding(rule.Id, rule.Severity, row.Short, message, cells, Table: table.Id, Key: $"{rule.Id}.{table.Id}.{row.Id}");
        }
    }

    private IEnumerable<Finding> Pending(RuleDefinition rule, RuleCheck check, ReportFigures figures, ReportFigures last)
    {
        var table = format.Table(check.Table!);
        foreach (var row in table.Rows)
        {
            if (last.Value(table, row.Id, check.Pending!) is not { } before || before == 0 || figures.Value(table, row.Id, check.Total!) is not { } now || now >= before) continue;
            var message = Fill(rule.Message!, ("where", row.Short), ("last", Format(before)), ("this", Format(now)));
            var cells = table.TypedColumns.Select(c => table.CellKey(row.Id, c.Id)).ToList();
            yield return new Finding(rule.Id, rule.Severity, row.Short, message, cells, Table: table.Id, Key: $"{rule.Id}.{table.Id}.{row.Id}");
        }
    }
}
