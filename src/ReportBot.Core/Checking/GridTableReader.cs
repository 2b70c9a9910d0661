using ReportBot.Core.Formats;

namespace ReportBot.Core.Checking;

/// <summary>
/// Tables of rows under each other (表二's groups, 表三): each format row found by its label, its values the cells
/// after the label. Totals are read as printed, never computed, so the checker can test them.
/// </summary>
internal static class GridTableReader
{
    // A misspelt label still shares most of its characters with the right one (保护第三方合法权利 / …权益).
    private const double LookalikeSimilarity = 0.6;

    public static void Read(ReportFormat format, TableDefinition table, RowLocator rows, IReadOnlyDictionary<string, string> renamed, ReadCells cells, LayoutFindings findings)
    {
        var totals = RowTotals.Of(format, table);
        var missing = new List<RowDefinition>();
        foreach (var row in table.Rows)
        {
            var match = rows.Take(row.Label, table.Columns.Count);
            if (match is null && renamed.FirstOrDefault(r => r.Value == row.Label).Key is { } old && rows.Take(old, table.Columns.Count, exactOnly: true) is { } renamedMatch)
            {
                match = renamedMatch;
                findings.Renamed(table, row, old);
            }
            if (match is null)
            {
                missing.Add(row);
                continue;
            }
            var values = CellValues.Align(Unglued(match.Values, table, row, totals, findings), table.Columns.Count);
            for (var i = 0; i < table.Columns.Count; i++)
                cells.Set(table.CellKey(row.Id, table.Columns[i].Id), values[i], table.IsFee);
        }

        foreach (var group in missing.Where(r => r.Group is not null).GroupBy(r => r.Group!).ToList())
        {
            var items = table.Rows.Where(r => r.Group == group.Key).ToList();
            // Only a group none of whose items was found can be a single unsplit row (the 2019 format's （六）其他处理).
            if (group.Count() != items.Count || rows.Take(group.Key, table.Columns.Count, accept: HasOnlyValues) is null) continue;
            findings.Unsplit(table, group.Key, items);
            missing.RemoveAll(items.Contains);
        }

        foreach (var row in missing)
        {
            var lookalike = Lookalike(rows, row.Label);
            // A misspelt label is the layout's fault (R7), not the figures': its printed figures are still read.
            var match = lookalike is null ? null : rows.Take(lookalike, table.Columns.Count, exactOnly: true);
            findings.MissingRow(table, row, lookalike, read: match is not null);
            if (match is null) continue;
            var values = CellValues.Align(Unglued(match.Values, table, row, totals, findings), table.Columns.Count);
            for (var i = 0; i < table.Columns.Count; i++)
                cells.Set(table.CellKey(row.Id, table.Columns[i].Id), values[i], table.IsFee);
        }
    }

    /// <summary>
    /// A row's cells, its one glued run split when the split is certain; a run that cannot be split certainly leaves the
    /// row unread (its own finding), one with fewer digits than cells leaves it as printed (blank cells, R6).
    /// </summary>
    private static IReadOnlyList<string> Unglued(IReadOnlyList<string> values, TableDefinition table, RowDefinition row, Func<IReadOnlyList<long>, bool> totals, LayoutFindings findings)
    {
        if (table.Columns.Count == 1 || GluedDigits.Run(values, table.Columns.Count) is not { } run) return values;
        if (GluedDigits.Split(run, table.Columns.Count, totals) is { } split) return split;
        findings.Unreadable(table, [row], run);
        return [];
    }

    /// <summary>A label followed by numbers, with nothing but values (or empty cells) after it.</summary>
    public static bool HasOnlyValues(RowMatch match) =>
        match.Values.All(CellValues.IsValue) && match.Values.Any(v => CellValues.Kind(v) == CellKind.Number);

    /// <summary>The label of a line no row has taken that looks most like the expected label, if one looks like it.</summary>
    private static string? Lookalike(RowLocator rows, string label)
    {
        var expected = LabelText.Normalize(label);
        return rows.Unclaimed
            .SelectMany(line => line.Cells.Where(c => CellValues.Kind(c) == CellKind.Text))
            .Select(cell => (Cell: cell, Score: LabelText.Similarity(LabelText.Normalize(cell), expected)))
            .Where(x => x.Score >= LookalikeSimilarity)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Cell)
            .FirstOrDefault();
    }
}
