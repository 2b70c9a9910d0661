using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Documents;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Consolidation;

/// <summary>One unit whose report goes into a consolidated one: its name and its answers.</summary>
public sealed record ConsolidationUnit(string Name, AnswerSet Answers);

/// <summary>A unit's part of one headline figure of a table, e.g. 本年新收 of table 三.</summary>
public sealed record UnitShare(string Unit, string Figure, decimal Value, decimal Total)
{
    public string Percent => Total == 0 ? "—" : (Value / Total).ToString("P1", CultureInfo.InvariantCulture);
}

/// <summary>The consolidated answers (typed cells only: totals are computed from them as for any report) and each unit's shares.</summary>
public sealed record Consolidated(AnswerSet Answers, IReadOnlyList<UnitShare> Shares, IReadOnlyList<string> Incomplete);

/// <summary>
/// A 汇总 report: where one organ publishes one report over several units (a 管委会 for its departments), its tables
/// are the sums of the units' tables, cell by cell. A cell is summed only when every unit gave it; otherwise it stays
/// empty (and the draft shows it missing) rather than a partial sum passing for the whole. Prose is not summed.
/// </summary>
public static class ReportConsolidation
{
    public static Consolidated Sum(ReportFormat format, IReadOnlyList<ConsolidationUnit> units)
    {
        ArgumentOutOfRangeException.ThrowIfZero(units.Count);
        var sum = new Dictionary<string, string>(StringComparer.Ordinal);
        var incomplete = new List<string>();
        foreach (var table in format.Tables)
            foreach (var row in table.TypedRows)
                foreach (var column in table.TypedColumns)
                {
                    var key = table.CellKey(row.Id, column.Id);
                    var values = units.Select(u => u.Answers.Get(key)).ToList();
                    if (values.Any(v => v is null))
                    {
                        if (values.Any(v => v is not null)) incomplete.Add(key);
                        continue;
                    }
                    sum[key] = Format(values.Sum(v => decimal.Parse(v!, NumberStyles.Number, CultureInfo.InvariantCulture)));
                }
        return new Consolidated(new AnswerSet(sum), Shares(format, units), incomplete);
    }

    /// <summary>The appendix lines of a consolidated draft: per table's headline figure, each unit's value and share.</summary>
    public static AppendixEntry Appendix(Consolidated consolidated) =>
        new("附：各单位数据构成（汇总）", [], [.. consolidated.Shares.Select(s => $"{s.Figure} {s.Unit} {Format(s.Value)}（{s.Percent}）")]);

    /// <summary>
    /// One headline cell per table: its first typed row in the computed total column (表三 本年新收 总计, 表四 行政复议 总计),
    /// or, without one, in its first column (表二's 本年制发, the fees).
    /// </summary>
    private static List<UnitShare> Shares(ReportFormat format, IReadOnlyList<ConsolidationUnit> units)
    {
        var shares = new List<UnitShare>();
        var figures = units.Select(u => (u.Name, Figures: ReportFigures.From(format, u.Answers))).ToList();
        foreach (var table in format.Tables)
        {
            var row = table.TypedRows.FirstOrDefault();
            var column = table.ComputedColumn ?? table.TypedColumns.FirstOrDefault();
            if (row is null || column is null) continue;
            var values = figures.Select(f => (f.Name, Value: f.Figures.Value(table, row.Id, column.Id))).ToList();
            if (values.Any(v => v.Value is null)) continue;
            var total = values.Sum(v => v.Value!.Value);
            var label = $"{table.Caption}：{row.Label}（{column.Short}）";
            shares.AddRange(values.Select(v => new UnitShare(v.Name, label, v.Value!.Value, total)));
        }
        return shares;
    }

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
