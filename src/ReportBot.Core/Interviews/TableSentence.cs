using System.Globalization;
using System.Text.RegularExpressions;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Interviews;

/// <summary>
/// The sentence of 一（二）依申请公开 written from table 三, so its figures are never retyped and R11/R12 hold by
/// construction: 全年共新收政府信息公开申请95件，上年结转3件；办结申请90件，其中予以公开53件……结转下年度继续办理8件。
/// Its rows come from the table as the format file lays it out: the two typed rows before the results part (新收,
/// 上年结转), each result of the part (a row, or a group of rows such as （三）不予公开, named without its number and
/// note), the part's computed total (办结), and the row after the part (结转下年度). Results that are 0 are left out.
/// Null until the table is complete, or when the format has no such table or its table is laid out otherwise.
/// </summary>
internal static partial class TableSentence
{
    /// <summary>The narrative item the sentence belongs to.</summary>
    public const string ItemId = "s1.request";

    private const string Table = "t3";

    public static string? Compose(ReportFormat format, ReportFigures figures)
    {
        if (format.Tables.FirstOrDefault(t => t.Id == Table) is not { ComputedColumn: { } total } table || Layout(table) is not { } layout) return null;
        string? N(IEnumerable<RowDefinition> rows) =>
            ReportFigures.Sum(rows.Select(r => figures.Value(table, r.Id, total.Id)))?.ToString(CultureInfo.InvariantCulture);
        var (received, carried, done, carryover) = (N([layout.Received]), N([layout.Carried]), N([layout.Done]), N([layout.Carryover]));
        var results = layout.Results.Select(x => (x.Label, Count: N(x.Rows))).ToList();
        if (received is null || carried is null || done is null || carryover is null || results.Any(x => x.Count is null)) return null;
        var shown = results.Where(x => x.Count != "0").Select(x => $"{x.Label}{x.Count}件");
        return $"全年共新收政府信息公开申请{received}件，上年结转{carried}件；办结申请{done}件" +
               (done == "0" ? "" : $"，其中{string.Join("，", shown)}") + $"；结转下年度继续办理{carryover}件。";
    }

    private sealed record SentenceLayout(RowDefinition Received, RowDefinition Carried, RowDefinition Done, RowDefinition Carryover, List<(string Label, List<RowDefinition> Rows)> Results);

    /// <summary>The table's rows in the sentence's places; null when the table is not laid out as table 三 is.</summary>
    private static SentenceLayout? Layout(TableDefinition table)
    {
        var rows = table.Rows.ToList();
        var first = rows.FindIndex(r => r.Part is not null);
        var last = rows.FindLastIndex(r => r.Part is not null);
        if (first != 2 || last + 1 >= rows.Count || rows.Take(2).Any(r => r.Computed is not null)) return null;
        var part = rows[first..(last + 1)];
        if (part.Where(r => r.Computed is not null).ToList() is not [var done]) return null;
        var results = part.Where(r => r.Computed is null).GroupBy(r => r.Group ?? r.Label)
            .Select(g => (Label: ResultName(g.Key), Rows: g.ToList())).ToList();
        return new SentenceLayout(rows[0], rows[1], done, rows[last + 1], results);
    }

    /// <summary>（二）部分公开（区分处理的，…） → 部分公开: the result without its number and its note.</summary>
    private static string ResultName(string label) => Note().Replace(Number().Replace(label, ""), "");

    [GeneratedRegex(@"^（[一二三四五六七八九十]+）")]
    private static partial Regex Number();

    [GeneratedRegex(@"（[^）]*）$")]
    private static partial Regex Note();
}
