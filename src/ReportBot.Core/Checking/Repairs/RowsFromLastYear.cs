using ReportBot.Core.Formats;
using ReportBot.Core.Rules;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Checking.Repairs;

/// <summary>
/// Glued-digit repair across years, for 表二's rows (no totals of their own): with last year's report at hand, the
/// format's R9 relation (现行有效 = 上年现行有效 + 本年制发 − 本年废止) is evidence. A run is read when exactly one of its
/// splits, with one of last year's possible 现行有效 (itself perhaps glued), satisfies it; the printed digits are what is
/// read, R9 only says where the cells end. When no split satisfies it, R9 is broken however the row is read, and that
/// is said (as R9) while the row stays unreadable. Anything else leaves the row unreadable.
/// </summary>
internal static class RowsFromLastYear
{
    // A 表二 run has a handful of splits; more than this and it is not evidence worth weighing.
    private const int MaxReadings = 500;

    public sealed record Result(PublishedReport Report, PublishedReport? LastYear, IReadOnlyList<Finding> Broken);

    public static Result Apply(ReportFormat format, PublishedReport report, PublishedReport? lastYear)
    {
        if (lastYear is null || format.RuleOfKind<InForceCheck>() is not { Check: InForceCheck check } rule) return new(report, lastYear, []);
        var table = format.Table(check.Table);
        var (issued, repealed, inForce) = (Index(table, check.Issued), Index(table, check.Repealed), Index(table, check.InForce));
        var cells = report.Cells.ToDictionary(StringComparer.Ordinal);
        var lastCells = lastYear.Cells.ToDictionary(StringComparer.Ordinal);
        var resolved = new List<string>();
        var broken = new List<Finding>();
        foreach (var row in table.Rows)
        {
            var key = $"{table.Id}.{row.Id}";
            var now = Readings(table, row, report, key);
            var before = Readings(table, row, lastYear, key)?.Select(r => r[inForce]).Distinct().ToList();
            if (now is null || before is null || (now.Count == 1 && before.Count == 1 && !report.UnreadRuns.ContainsKey(key) && !lastYear.UnreadRuns.ContainsKey(key))) continue;
            var fitting = now.Where(r => before.Any(b => b + r[issued] - r[repealed] == r[inForce])).ToList();
            if (fitting.Count == 0)
            {
                broken.Add(new Finding(rule.Id, rule.Severity, row.Short, Message(table, check, row, report.UnreadRuns.GetValueOrDefault(key), lastYear.UnreadRuns.GetValueOrDefault(key)), [.. table.Columns.Select(c => table.CellKey(row.Id, c.Id))], Table: table.Id, Key: $"{rule.Id}.{table.Id}.{row.Id}"));
                continue;
            }
            if (fitting.Count != 1 || !report.UnreadRuns.ContainsKey(key)) continue;
            var reading = fitting[0];
            for (var c = 0; c < table.Columns.Count; c++) cells[table.CellKey(row.Id, table.Columns[c].Id)] = reading[c];
            lastCells[table.CellKey(row.Id, check.InForce)] = before.Single(b => b + reading[issued] - reading[repealed] == reading[inForce]);
            resolved.Add($"{UnreadableRow.RuleId}.{table.Id}.{row.Id}");
        }
        if (resolved.Count == 0) return new(report, lastYear, broken);
        return new(
            report with { Cells = cells, LayoutFindings = [.. report.LayoutFindings.Where(f => f.Key is null || !resolved.Contains(f.Key))] },
            lastYear with { Cells = lastCells },
            broken);
    }

    /// <summary>The row's figures as read, or every way to split its run; null when neither is there.</summary>
    private static List<decimal[]>? Readings(TableDefinition table, RowDefinition row, PublishedReport report, string key)
    {
        var read = table.Columns.Select(c => report.Cells.GetValueOrDefault(table.CellKey(row.Id, c.Id))).ToList();
        if (read.All(v => v is not null)) return [[.. read.Select(v => v!.Value)]];
        if (!report.UnreadRuns.TryGetValue(key, out var run)) return null;
        return GluedDigits.All(run, table.Columns.Count, MaxReadings)?.Select(r => r.Select(v => (decimal)v).ToArray()).ToList() is { Count: > 0 } all ? all : null;
    }

    private static int Index(TableDefinition table, string column) => table.Columns.ToList().FindIndex(c => c.Id == column);

    private static string Message(TableDefinition table, InForceCheck check, RowDefinition row, string? run, string? lastRun)
    {
        string Label(string id) => table.Columns.First(c => c.Id == id).Label;
        var glued = string.Join("，", new[] { run is null ? null : $"本年连写为{run}", lastRun is null ? null : $"上年连写为{lastRun}" }.OfType<string>());
        return $"{row.Short}：数字连在一起（{glued}），无论如何拆分，{Label(check.InForce)}都不等于上年{Label(check.InForce)}＋{Label(check.Issued)}－{Label(check.Repealed)}，请核对";
    }
}
