using ReportBot.Core.Formats;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Checking;

/// <summary>
/// A table row's own totals, from the format's row rules (R2: 总计 = the six applicant columns; R5: each block's 总计),
/// as a test on figures split from a glued run covering one or more whole rows. A table without such a rule (表二)
/// has no totals: every split passes, so only a run with one figure per digit is ever split.
/// </summary>
internal static class RowTotals
{
    public static Func<IReadOnlyList<long>, bool> Of(ReportFormat format, TableDefinition table)
    {
        var columns = table.Columns.Select((c, i) => (c.Id, i)).ToDictionary(c => c.Id, c => c.i, StringComparer.Ordinal);
        var checks = format.Rules
            .Select(r => r.Check)
            .OfType<BalanceCheck>()
            .Where(c => c.Each == "row" && c.Table == table.Id)
            .Select(c => (Left: c.Left.Select(id => columns[id]).ToList(), Right: c.Right.Select(id => columns[id]).ToList()))
            .ToList();
        var width = table.Columns.Count;
        return figures =>
        {
            for (var row = 0; row + width <= figures.Count; row += width)
            {
                foreach (var (left, right) in checks)
                {
                    if (left.Sum(i => figures[row + i]) != right.Sum(i => figures[row + i])) return false;
                }
            }
            return true;
        };
    }
}
