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
        Sums = [.. sums];
    }

    public string[] Typed { get; }

    public (string Cell, string[] Parts)[] Sums { get; }

    public int Count => Typed.Length + Sums.Length;

    public static FiguresPlan For(ReportFormat format) => Plans.GetValue(format, f => new FiguresPlan(f));
}
