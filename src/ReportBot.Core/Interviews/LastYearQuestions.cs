using ReportBot.Core.Formats;

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
        foreach (var check in format.Rules.Select(r => r.Check).OfType<RuleCheck>())
        {
            var table = check.Table is null ? null : format.Tables.FirstOrDefault(t => t.Id == check.Table);
            if (table is null) continue;
            switch (check.Type)
            {
                case "carryover":
                    var row = table.Rows.First(r => r.Id == check.LastRow);
                    questions.Add(new($"上年{Name(table)}“{row.Label}”", [.. table.TypedColumns.Select(c => table.CellKey(row.Id, c.Id))], [.. table.TypedColumns.Select(c => c.Short)]));
                    break;
                case "inForce" or "pending":
                    var column = table.Columns.First(c => c.Id == (check.Type == "inForce" ? check.InForce : check.Pending));
                    questions.Add(new($"上年{Name(table)}“{column.Label}”", [.. table.TypedRows.Select(r => table.CellKey(r.Id, column.Id))], [.. table.TypedRows.Select(r => r.Short)]));
                    break;
            }
        }
        return questions;
    }

    private static string Name(TableDefinition t) => t.RowHeader is null ? $"表“{t.Caption}”" : t.Caption;
}
