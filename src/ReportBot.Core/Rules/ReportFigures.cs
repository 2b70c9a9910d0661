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
    // Each cell at its place in the format's plan: built on most messages, so an array, not a dictionary of keys.
    private readonly FiguresPlan plan;
    private readonly decimal?[] cells;

    private ReportFigures(FiguresPlan plan)
    {
        this.plan = plan;
        cells = new decimal?[plan.Count];
    }

    /// <summary>True when every cell, totals included, was given (a published report), none computed.</summary>
    public bool AllGiven { get; private init; }

    public decimal? this[string cellKey] => plan.Index.TryGetValue(cellKey, out var at) ? cells[at] : null;

    /// <summary>Figures as printed in a published report: totals are read, not computed, so the rules can check them.</summary>
    public static ReportFigures Given(ReportFormat format, Func<string, decimal?> cell)
    {
        var plan = FiguresPlan.For(format);
        var f = new ReportFigures(plan) { AllGiven = true };
        foreach (var (key, at) in plan.Index) f.cells[at] = cell(key);
        return f;
    }

    public decimal? Value(TableDefinition table, string rowId, string columnId) => this[table.CellKey(rowId, columnId)];

    /// <summary>A copy with one cell replaced, e.g. a total the user typed, to check it against its parts.</summary>
    public ReportFigures With(string cellKey, decimal value)
    {
        var copy = new ReportFigures(plan) { AllGiven = AllGiven };
        cells.CopyTo(copy.cells, 0);
        copy.cells[plan.Index[cellKey]] = value;
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
        var f = new ReportFigures(plan);
        for (var i = 0; i < plan.Typed.Length; i++) f.cells[i] = typed(plan.Typed[i]);
        foreach (var (cell, parts) in plan.Sums) f.cells[cell] = Sum(parts, f.cells);
        return f;
    }

    private static decimal? Sum(int[] parts, decimal?[] cells)
    {
        decimal total = 0;
        foreach (var part in parts)
        {
            if (cells[part] is not { } v) return null;
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
