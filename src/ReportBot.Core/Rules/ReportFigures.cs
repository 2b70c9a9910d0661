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
    // The figures of an answer set, kept while it is unchanged: screens ask for them once per row of a review.
    private readonly Dictionary<string, decimal?> cells;

    private ReportFigures(int capacity = 0) => cells = new(capacity, StringComparer.Ordinal);

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
        var copy = new ReportFigures(cells.Count) { AllGiven = AllGiven };
        foreach (var (k, v) in cells) copy.cells[k] = v;
        copy.cells[cellKey] = value;
        return copy;
    }

    /// <summary>The figures of <paramref name="answers"/> as they stand; computed once until the answers change.</summary>
    public static ReportFigures From(ReportFormat format, AnswerSet answers)
    {
        // An answer set only grows its list of changes, so its length says whether anything changed since.
        // Kept on the answer set itself: a table keyed by each message's answer set made the finalizer clear its containers.
        if (answers.Derived is Memo memo && memo.Format == format && memo.Changes == answers.Changes.Count) return memo.Figures;
        var figures = From(format, key => answers.Get(key) is { } v ? decimal.Parse(v, NumberStyles.Number, CultureInfo.InvariantCulture) : null);
        answers.Derived = new Memo(format, answers.Changes.Count, figures);
        return figures;
    }

    /// <summary>Figures from any source of typed cells, e.g. a published report read by the checker.</summary>
    public static ReportFigures From(ReportFormat format, Func<string, decimal?> typed)
    {
        var plan = FiguresPlan.For(format);
        var f = new ReportFigures(plan.Count);
        foreach (var key in plan.Typed) f.cells[key] = typed(key);
        foreach (var (cell, parts) in plan.Sums) f.cells[cell] = Sum(parts, f.cells);
        return f;
    }

    private static decimal? Sum(string[] parts, Dictionary<string, decimal?> cells)
    {
        decimal total = 0;
        foreach (var part in parts)
        {
            if (cells.GetValueOrDefault(part) is not { } v) return null;
            total += v;
        }
        return total;
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

    private sealed record Memo(ReportFormat Format, int Changes, ReportFigures Figures);
}
