namespace ReportBot.Core.Checking.Repairs;

/// <summary>
/// Layout repair: pdftotext without -layout writes a table one cell per line, and for a table of narrow figures
/// (LibreOffice's PDF of a .docx) first every label, then every figure. Then each row found but the last has no
/// figure, and the last has them all: when their number is exactly the rows' cells, they are the rows' cells in
/// order, row by row. Any other spread is not this layout, and nothing is distributed.
/// </summary>
internal static class CellsOnePerLine
{
    public static List<List<string>>? Distribute(IReadOnlyList<int> columns, IReadOnlyList<List<string>> figures)
    {
        if (columns.Count == 0 || figures.Count != columns.Count) return null;
        var all = figures[^1];
        if (figures.Take(figures.Count - 1).Any(f => f.Count > 0) || all.Count != columns.Sum()) return null;
        var result = new List<List<string>>(columns.Count);
        var at = 0;
        foreach (var count in columns)
        {
            result.Add([.. all.Skip(at).Take(count)]);
            at += count;
        }
        return result;
    }
}
