using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>
/// No typed cell of <see cref="Table"/> (of its <see cref="Column"/> only, when given) exceeds <see cref="Max"/>:
/// a figure far above any real one was usually typed in the wrong unit (a fee in 元 where 万元 are asked).
/// </summary>
public sealed record CeilingCheck(string Table, decimal Max, string? Column = null) : RuleCheck
{
    public override IEnumerable<string> TableIds => [Table];

    internal override IEnumerable<string> Problems(ReportFormat format)
    {
        foreach (var p in TableNames.Problems(format, Table, [], [("column", Column)])) yield return p;
        if (Max <= 0) yield return "a ceiling rule needs a positive \"max\"";
    }

    internal override IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds)
    {
        var table = format.Table(Table);
        var columns = table.TypedColumns.Where(c => Column is null || c.Id == Column).ToList();
        foreach (var row in table.TypedRows)
        {
            foreach (var column in columns)
            {
                var key = table.CellKey(row.Id, column.Id);
                if (input.Figures[key] is not { } value || value <= Max) continue;
                var where = columns.Count == 1 ? row.Label : $"{row.Label} {column.Short}";
                var message = RuleText.Fill(rule.Message!, ("where", where), ("value", RuleText.Number(value)), ("max", RuleText.Number(Max)));
                yield return new Finding(rule.Id, rule.Severity, where, message, [key], Table: table.Id, Key: $"{rule.Id}.{key}");
            }
        }
    }
}
