using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>Per row: the <see cref="InForce"/> count equals last year's plus <see cref="Issued"/> minus <see cref="Repealed"/> (R9).</summary>
public sealed record InForceCheck(string Table, string Issued, string Repealed, string InForce) : RuleCheck
{
    public override IEnumerable<string> TableIds => [Table];

    public override LastYearCells LastYearCells => new(Table, Column: InForce, ShownWithEveryRow: true);

    internal override IEnumerable<string> Problems(ReportFormat format)
    {
        foreach (var p in TableNames.Problems(format, Table, [], [("issued", Issued), ("repealed", Repealed), ("inForce", InForce)])) yield return p;
        if (Issued is null || Repealed is null || InForce is null) yield return "an inForce rule needs \"issued\", \"repealed\" and \"inForce\"";
    }

    internal override IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds)
    {
        if (input.LastYear is not { } last) yield break;
        var figures = input.Figures;
        var table = format.Table(Table);
        foreach (var row in table.Rows)
        {
            if (figures.Value(table, row.Id, InForce) is not { } now || last.Value(table, row.Id, InForce) is not { } before
                || figures.Value(table, row.Id, Issued) is not { } issued || figures.Value(table, row.Id, Repealed) is not { } repealed) continue;
            var expected = before + issued - repealed;
            if (now == expected) continue;
            var message = RuleText.Fill(rule.Message!, ("where", row.Short), ("this", RuleText.Number(now)), ("last", RuleText.Number(before)), ("issued", RuleText.Number(issued)),
                ("repealed", RuleText.Number(repealed)), ("expected", RuleText.Number(expected)), ("diff", RuleText.Number(Math.Abs(now - expected))));
            var cells = new[] { InForce, Issued, Repealed }.Select(c => table.CellKey(row.Id, c)).ToList();
            yield return new Finding(rule.Id, rule.Severity, row.Short, message, cells, Table: table.Id, Key: $"{rule.Id}.{table.Id}.{row.Id}");
        }
    }
}
