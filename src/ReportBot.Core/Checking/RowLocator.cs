namespace ReportBot.Core.Checking;

/// <summary>A table row found by its label: the line, which of its cells is the label, and the cells that follow it.</summary>
internal sealed record RowMatch(ReportLine Line, int LabelCell, IReadOnlyList<string> Values);

/// <summary>
/// Finds rows by label among a section's lines. Each line serves one row: a line taken by a row is not offered to the
/// next, and the lines left over are where a misspelt label may be.
/// </summary>
internal sealed class RowLocator(IReadOnlyList<ReportLine> lines)
{
    private readonly HashSet<ReportLine> taken = [];

    public IReadOnlyList<ReportLine> Lines => lines;

    /// <summary>The lines no row has taken that hold at least one number: rows whose label was not recognised.</summary>
    public IEnumerable<ReportLine> Unclaimed => lines.Where(l => !taken.Contains(l) && l.Cells.Any(c => CellValues.Kind(c) == CellKind.Number));

    /// <summary>
    /// The first line with a cell that is the label exactly; failing that, one whose cell names it loosely (see
    /// <see cref="LabelText.Names"/>). Cells repeating the label (tables without merged cells) are skipped: the values
    /// start after the last one. <paramref name="count"/> is how many values the row has.
    /// </summary>
    public RowMatch? Take(string label, int count, bool exactOnly = false, Func<RowMatch, bool>? accept = null)
    {
        var normalized = LabelText.Normalize(label);
        var match = Find(cell => cell == normalized, count, accept);
        if (match is null && !exactOnly) match = Find(cell => LabelText.Names(cell, normalized), count, accept);
        if (match is not null) taken.Add(match.Line);
        return match;
    }

    private RowMatch? Find(Func<string, bool> names, int count, Func<RowMatch, bool>? accept)
    {
        for (var l = 0; l < lines.Count; l++)
        {
            if (taken.Contains(lines[l])) continue;
            var cells = lines[l].NormalizedCells;
            for (var i = cells.Count - 1; i >= 0; i--)
            {
                if (!names(cells[i])) continue;
                var match = new RowMatch(lines[l], i, Values(l, i, count));
                if (accept is null || accept(match)) return match;
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// The cells after the label; when there are none, the lines below while they hold values only: a table copied
    /// from some browsers puts every cell on a line of its own, and an empty line is then an empty cell.
    /// </summary>
    private List<string> Values(int line, int labelCell, int count)
    {
        var values = lines[line].After(labelCell).ToList();
        if (values.Any(v => v.Length > 0)) return values;
        values.Clear();
        for (var next = line + 1; next < lines.Count && values.Count < count; next++)
        {
            if (!lines[next].Cells.All(CellValues.IsValue)) break;
            values.AddRange(lines[next].Cells);
        }
        // Nothing but empty lines below is an empty row, not a row whose cells are on the lines below.
        return values.Any(v => v.Length > 0) ? values : [.. lines[line].After(labelCell)];
    }
}
