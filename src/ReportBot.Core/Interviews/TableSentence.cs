using System.Globalization;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Interviews;

/// <summary>
/// The sentence of 一（二）依申请公开 written from table 三, so its figures are never retyped and R11/R12 hold by
/// construction: 全年共新收政府信息公开申请95件，上年结转3件；办结申请90件，其中予以公开53件……结转下年度继续办理8件。
/// Results that are 0 are left out. Null until the table is complete (or when the format has no such table).
/// </summary>
internal static class TableSentence
{
    /// <summary>The narrative item the sentence belongs to.</summary>
    public const string ItemId = "s1.request";

    private const string Table = "t3";

    private static readonly (string Label, string[] Rows)[] Results =
    [
        ("予以公开", ["granted"]),
        ("部分公开", ["partial"]),
        ("不予公开", ["withheld1", "withheld2", "withheld3", "withheld4", "withheld5", "withheld6", "withheld7", "withheld8"]),
        ("无法提供", ["unable1", "unable2", "unable3"]),
        ("不予处理", ["unprocessed1", "unprocessed2", "unprocessed3", "unprocessed4", "unprocessed5"]),
        ("其他处理", ["otherHandling1", "otherHandling2", "otherHandling3"]),
    ];

    public static string? Compose(ReportFormat format, ReportFigures figures)
    {
        if (format.Tables.FirstOrDefault(t => t.Id == Table) is not { ComputedColumn: { } total } table) return null;
        string? N(params string[] rows)
        {
            if (rows.Any(r => table.Rows.All(x => x.Id != r))) return null;
            var sum = ReportFigures.Sum(rows.Select(r => figures.Value(table, r, total.Id)));
            return sum?.ToString(CultureInfo.InvariantCulture);
        }
        var (received, carried, done, carryover) = (N("new"), N("carried"), N("total"), N("carryover"));
        var results = Results.Select(x => (x.Label, Count: N(x.Rows))).ToList();
        if (received is null || carried is null || done is null || carryover is null || results.Any(x => x.Count is null)) return null;
        var shown = results.Where(x => x.Count != "0").Select(x => $"{x.Label}{x.Count}件");
        return $"全年共新收政府信息公开申请{received}件，上年结转{carried}件；办结申请{done}件" +
               (done == "0" ? "" : $"，其中{string.Join("，", shown)}") + $"；结转下年度继续办理{carryover}件。";
    }
}
