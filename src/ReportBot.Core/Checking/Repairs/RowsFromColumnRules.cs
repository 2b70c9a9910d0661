using System.Globalization;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Checking.Repairs;

/// <summary>
/// Glued-digit repair: a row whose run its own totals cannot split (<c>191000019</c>, or <c>330000033</c> that splits two
/// ways) is read when a column rule of its table (R1, R3) fixes every one of its figures from rows already read, and
/// those figures, written one after another, are exactly the printed digits. The printed digits decide; the rule only
/// says where the cells end, so the row's own errors (R2 on 19 + 1 ≠ 19) are still found. Repeated until nothing more
/// is read, since a row read this way may fix another.
/// </summary>
internal static class RowsFromColumnRules
{
    public static void Apply(ReportFormat format, ReadCells cells, LayoutFindings findings)
    {
        var columnRules = format.Rules.Select(r => r.Check).OfType<BalanceCheck>().Where(c => c.Each == "column").ToList();
        for (var progress = true; progress;)
        {
            progress = false;
            foreach (var unread in findings.Unread.Where(u => u.Rows.Count == 1).ToList())
            {
                var table = unread.Table;
                var row = unread.Rows[0].Id;
                var readings = columnRules.Where(c => c.Table == table.Id)
                    .Select(c => Derived(c, table, row, cells.Values))
                    .OfType<string[]>()
                    .Where(figures => string.Concat(figures) == unread.Run)
                    .DistinctBy(figures => string.Join('|', figures))
                    .ToList();
                if (readings.Count != 1) continue;
                for (var i = 0; i < table.Columns.Count; i++) cells.Set(table.CellKey(row, table.Columns[i].Id), readings[0][i], table.IsFee);
                findings.Resolved(unread);
                progress = true;
            }
        }
    }

    /// <summary>The row's figures the rule fixes (the row on one side once, every other term read), or null.</summary>
    private static string[]? Derived(BalanceCheck rule, TableDefinition table, string row, IReadOnlyDictionary<string, decimal?> values)
    {
        var onLeft = rule.Left.Count(id => id == row);
        var onRight = rule.Right.Count(id => id == row);
        if (onLeft + onRight != 1) return null;
        var (same, other) = onLeft == 1 ? (rule.Left, rule.Right) : (rule.Right, rule.Left);
        var figures = new string[table.Columns.Count];
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c].Id;
            decimal? Sum(IEnumerable<string> rows) => rows.Aggregate((decimal?)0m, (sum, id) => sum + values.GetValueOrDefault(table.CellKey(id, column)));
            var value = Sum(other) - Sum(same.Where(id => id != row));
            if (value is not { } v || v < 0 || v != decimal.Truncate(v)) return null;
            figures[c] = v.ToString(CultureInfo.InvariantCulture);
        }
        return figures;
    }
}
