using ReportBot.Core.Formats;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Interviews;

/// <summary>One line of last year's figures: the cells it fills (this format's cell keys) and what each number is.</summary>
public sealed record LastYearQuestion(string Label, IReadOnlyList<string> CellKeys, IReadOnlyList<string> Names);

/// <summary>
/// The few figures of last year the cross-year rules need, derived from those rules: R8's carried-over row, R9's
/// in-force column, R10's pending column. Typed as <c>prev.*</c> answers, like figures taken from a file.
/// </summary>
public static class LastYearQuestions
{
    public const string Prefix = "prev.";

    public static IReadOnlyList<LastYearQuestion> From(ReportFormat format)
    {
        var questions = new List<LastYearQuestion>();
        foreach (var cells in format.Rules.Select(r => r.Check?.LastYearCells).OfType<LastYearCells>())
        {
            var table = format.Table(cells.Table);
            if (cells.Row is { } rowId)
            {
                var row = table.Rows.First(r => r.Id == rowId);
                questions.Add(new($"上年{Name(table)}“{row.Label}”", [.. table.TypedColumns.Select(c => table.CellKey(row.Id, c.Id))], [.. table.TypedColumns.Select(c => c.Short)]));
            }
            else if (cells.Column is { } columnId)
            {
                var column = table.Columns.First(c => c.Id == columnId);
                questions.Add(new($"上年{Name(table)}“{column.Label}”", [.. table.TypedRows.Select(r => table.CellKey(r.Id, column.Id))], [.. table.TypedRows.Select(r => r.Short)]));
            }
        }
        return questions;
    }

    private static string Name(TableDefinition t) => t.RowHeader is null ? $"表“{t.Caption}”" : t.Caption;
}
