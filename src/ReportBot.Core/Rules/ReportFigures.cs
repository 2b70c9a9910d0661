using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules;

/// <summary>
/// Every cell of every table as a number: typed cells from the answers, computed cells (总计 column, （七）总计,
/// table 四 totals) added up from them. A cell is null while any of its inputs is missing.
/// </summary>
public sealed class ReportFigures
{
    private readonly Dictionary<string, decimal?> cells = new(StringComparer.Ordinal);

    private ReportFigures() { }

    /// <summary>True when every cell, totals included, was given (a published report), none computed.</summary>
    public bool AllGiven { get; private init; }

    public decimal? this[string cellKey] => cells.GetValueOrDefault(cellKey);

    /// <summary>Figures as printed in a published report: totals are read, not computed, so the rules can check them.</summary>
    public static ReportFigures Given(ReportFormat format, Func<string, decimal?> cell)
    {
        var f = new ReportFigures { AllGiven = true };
        foreach (var t in format.Tables)
            foreach (var r in t.Rows)
                foreach (var c in t.Columns)
                    f.cells[t.CellKey(r.Id, c.Id)] = cell(t.CellKey(r.Id, c.Id));
        return f;
    }

    public decimal? Value(TableDefinition table, string rowId, string columnId) => this[table.CellKey(rowId, columnId)];

    /// <summary>A copy with one cell replaced, e.g. a total the user typed, to check it against its parts.</summary>
    public ReportFigures With(string cellKey, decimal value)
    {
        var copy = new ReportFigures { AllGiven = AllGiven };
        foreach (var (k, v) in cells) copy.cells[k] = v;
        copy.cells[cellKey] = value;
        return copy;
    }

    public static ReportFigures From(ReportFormat format, AnswerSet answers) =>
        From(format, key => answers.Get(key) is { } v ? decimal.Parse(v, NumberStyles.Number, CultureInfo.InvariantCulture) : null);

    /// <summary>Figures from any source of typed cells, e.g. a published report read by the checker.</summary>
    public static ReportFigures From(ReportFormat format, Func<string, decimal?> typed)
    {
        var f = new ReportFigures();
        foreach (var t in format.Tables)
        {
            foreach (var r in t.TypedRows)
                foreach (var c in t.TypedColumns)
                    f.cells[t.CellKey(r.Id, c.Id)] = typed(t.CellKey(r.Id, c.Id));
            foreach (var r in t.TypedRows)
                foreach (var c in t.Columns.Where(c => c.Computed is not null))
                    f.cells[t.CellKey(r.Id, c.Id)] = Sum(c.Computed!.Select(src => f[t.CellKey(r.Id, src)]));
            foreach (var r in t.Rows.Where(r => r.Computed is not null))
                foreach (var c in t.Columns)
                    f.cells[t.CellKey(r.Id, c.Id)] = Sum(r.Computed!.Select(src => f[t.CellKey(src, c.Id)]));
        }
        return f;
    }

    /// <summary>The sum, or null when any value is missing (a total of unknown parts is unknown).</summary>
    internal static decimal? Sum(IEnumerable<decimal?> values)
    {
        decimal total = 0;
        foreach (var v in values)
        {
            if (v is null) return null;
            total += v.Value;
        }
        return total;
    }
}
