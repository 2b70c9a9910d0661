namespace ReportBot.Core.Checking;

/// <summary>
/// One line of a published report: a paragraph, or a table row whose cells are separated by tabs (as text flattened
/// from a web page has them, and as <see cref="DocxLines"/> writes a Word table's rows).
/// </summary>
internal sealed class ReportLine
{
    private ReportLine(string text, IReadOnlyList<string> cells)
    {
        Text = text;
        Cells = cells;
        Normalized = LabelText.Normalize(text);
        NormalizedCells = [.. cells.Select(LabelText.Normalize)];
    }

    public string Text { get; }

    /// <summary>The cells, trimmed; a paragraph is one cell.</summary>
    public IReadOnlyList<string> Cells { get; }

    public string Normalized { get; }

    public IReadOnlyList<string> NormalizedCells { get; }

    /// <summary>More than one cell with something in it; trailing tabs alone do not make a paragraph a row.</summary>
    public bool IsTableRow => Cells.Count(c => c.Length > 0) > 1;

    public static ReportLine Parse(string text)
    {
        var cells = new List<string>();
        foreach (var cell in text.Split('\t')) cells.AddRange(SplitTrailingNumbers(cell.Trim()));
        return new ReportLine(text.Trim(), cells);
    }

    /// <summary>The cells after <paramref name="index"/>.</summary>
    public IReadOnlyList<string> After(int index) => [.. Cells.Skip(index + 1)];

    /// <summary>
    /// Text copied from a PDF separates cells by spaces, not tabs (<c>一、本年新收… 0 0 0</c>): numbers at the end of a
    /// cell, after a space, become cells of their own. A label never ends in a bare number, so nothing else is split.
    /// </summary>
    private static string[] SplitTrailingNumbers(string cell)
    {
        var tokens = cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var values = 0;
        while (values < tokens.Length && CellValues.Kind(tokens[^(values + 1)]) is CellKind.Number or CellKind.Blank) values++;
        if (values == 0 || (values == 1 && tokens.Length == 1)) return [cell];
        var label = string.Join(' ', tokens.Take(tokens.Length - values));
        return label.Length == 0 ? tokens : [label, .. tokens.Skip(tokens.Length - values)];
    }
}
