using System.Runtime.CompilerServices;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules;

/// <summary>
/// A format's cells worked out once: the typed cell keys, and each computed cell with the keys it adds up, in the
/// order they must be computed (总计 columns before total rows). Figures are then built without forming a key.
/// </summary>
internal sealed class FiguresPlan
{
    private static readonly ConditionalWeakTable<ReportFormat, FiguresPlan> Plans = [];

    private FiguresPlan(ReportFormat format)
    {
        var typed = new List<string>();
        var sums = new List<(string, string[])>();
        foreach (var t in format.Tables)
        {
            foreach (var r in t.TypedRows)
                foreach (var c in t.TypedColumns)
                    typed.Add(t.CellKey(r.Id, c.Id));
            foreach (var r in t.TypedRows)
                foreach (var c in t.Columns.Where(c => c.Computed is not null))
                    sums.Add((t.CellKey(r.Id, c.Id), [.. c.Computed!.Select(src => t.CellKey(r.Id, src))]));
            foreach (var r in t.Rows.Where(r => r.Computed is not null))
                foreach (var c in t.Columns)
                    sums.Add((t.CellKey(r.Id, c.Id), [.. r.Computed!.Select(src => t.CellKey(src, c.Id))]));
        }
        Typed = [.. typed];
        // Every cell has a place: typed ones first, then each computed one in the order it is computed.
        Index = typed.Concat(sums.Select(s => s.Item1)).Select((key, i) => (key, i)).ToDictionary(x => x.key, x => x.i, StringComparer.Ordinal);
        Sums = [.. sums.Select(s => (Index[s.Item1], s.Item2.Select(k => Index[k]).ToArray()))];
    }

    /// <summary>The typed cells' keys; the cell at place i is <c>Typed[i]</c>.</summary>
    public string[] Typed { get; }

    /// <summary>Each computed cell's place and its parts' places, in the order they must be computed.</summary>
    public (int Cell, int[] Parts)[] Sums { get; }

    /// <summary>Every cell's place in a report's figures, by key.</summary>
    public Dictionary<string, int> Index { get; }

    public int Count => Index.Count;

    public static FiguresPlan For(ReportFormat format) => Plans.GetValue(format, f => new FiguresPlan(f));
}
