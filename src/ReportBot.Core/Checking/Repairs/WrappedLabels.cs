using ReportBot.Core.Formats;

namespace ReportBot.Core.Checking.Repairs;

/// <summary>
/// Layout repair: text taken from a PDF (pdftotext, with or without -layout) wraps long labels over two to four lines,
/// puts a merged group label's pieces between them (<c>（三）不</c> / <c>予公开</c>), and prints a row's figures on any of
/// its label's lines, or in a run after all the labels (<see cref="CellsOnePerLine"/>). The section's lines are read as
/// one stream of words: each of the format's row labels is found in the text in order, its pieces allowed to be apart
/// by a few characters, and the figures from where a label starts to where the next one starts are its row. The rows
/// are rewritten as lines of cells only when every row found has exactly its table's number of figures; otherwise the
/// lines are left as they are, so nothing is guessed. Lines with cells (tabs), and sections whose every label is on
/// a line of its own with its figures, are left alone.
/// </summary>
internal static class WrappedLabels
{
    // Characters that may sit between a label's pieces: a group label's fragment, an item number, a vertical caption's characters.
    private const int MaxGap = 16;

    // At most this share of a table's rows may be missing (a misspelt label) for the rest still to be rewritten.
    private const double MinFoundShare = 0.8;

    public static IReadOnlyList<ReportLine> Apply(IReadOnlyList<TableDefinition> tables, IReadOnlyDictionary<string, string> renamed, IReadOnlyList<ReportLine> lines)
    {
        var rows = tables.Where(t => t.Layout != TableLayouts.Blocks)
            .SelectMany(t => t.Rows.Select(r => new LabelledRow(r.Label, [r.Label, .. renamed.Where(x => x.Value == r.Label).Select(x => x.Key)], t.Columns.Count)))
            .ToList();
        if (rows.Count == 0 || lines.Any(l => l.Text.Contains('\t', StringComparison.Ordinal)) || !NeedsRepair(rows, lines)) return lines;

        var tokens = TableTokens.Of(lines);
        var found = new List<(LabelledRow Row, string Printed, int Start)>();
        var from = 0;
        foreach (var row in rows)
        {
            if (Find(tokens.Text, row, from) is not { } match) continue;
            found.Add((row, match.Printed, match.Start));
            from = match.End;
        }
        if (found.Count == 0 || found.Count < rows.Count * MinFoundShare) return lines;

        var figures = found.Select((f, i) => tokens.Figures.Where(x => x.At > f.Start && (i + 1 == found.Count || x.At <= found[i + 1].Start)).Select(x => x.Figure).ToList()).ToList();
        if (!found.Select((f, i) => figures[i].Count == f.Row.Columns).All(ok => ok))
            figures = CellsOnePerLine.Distribute(found.Select(f => f.Row.Columns).ToList(), figures);
        if (figures is null) return lines;

        var firstLine = FirstLineOf(lines, tokens, found[0].Start);
        return [.. lines.Take(firstLine), .. found.Select((f, i) => ReportLine.Parse(string.Join('\t', [f.Printed, .. figures[i]])))];
    }

    /// <summary>Some label is not whole on any one line, or at least two labels stand on lines without figures, none after them.</summary>
    private static bool NeedsRepair(List<LabelledRow> rows, IReadOnlyList<ReportLine> lines)
    {
        var bare = 0;
        foreach (var row in rows)
        {
            var at = Enumerable.Range(0, lines.Count).FirstOrDefault(i => row.Spellings.Any(s => lines[i].Normalized.Contains(LabelText.Normalize(s), StringComparison.Ordinal)), -1);
            if (at < 0) return true;
            var next = lines.Skip(at + 1).FirstOrDefault(l => l.Normalized.Length > 0);
            if (!HasFigure(lines[at]) && (next is null || !next.Cells.All(CellValues.IsValue))) bare++;
        }
        return bare >= 2;
    }

    private static bool HasFigure(ReportLine line) => line.Cells.Skip(1).Any(c => CellValues.Kind(c) == CellKind.Number);

    /// <summary>The first spelling found at or after <paramref name="from"/>, with its item number or, when that fails, without it or with it after.</summary>
    private static (string Printed, int Start, int End)? Find(string text, LabelledRow row, int from)
    {
        foreach (var spelling in row.Spellings)
        {
            var normalized = LabelText.Normalize(spelling);
            var bare = LabelText.WithoutNumber(normalized);
            if (Subsequence(text, normalized, from) is { } whole) return (spelling, whole.Start, whole.End);
            // Bare names of two characters (其他) are column headers too: only longer ones are looked for without their number.
            if (bare.Length > 2 && bare != normalized && Subsequence(text, bare, from) is { } part) return (spelling, part.Start, part.End);
            // A short label's number may stand on the line below it (其他 / 3.).
            if (bare != normalized && Subsequence(text, bare + normalized[..^bare.Length], from) is { } swapped) return (spelling, swapped.Start, swapped.End);
        }
        return null;
    }

    /// <summary>
    /// The first place at or after <paramref name="from"/> where the label starts and its characters follow in order
    /// with no more than <see cref="MaxGap"/> other characters between them in all.
    /// </summary>
    private static (int Start, int End)? Subsequence(string text, string label, int from)
    {
        if (label.Length == 0) return null;
        for (var start = text.IndexOf(label[0], from); start >= 0; start = text.IndexOf(label[0], start + 1))
        {
            var (at, gap, k) = (start + 1, 0, 1);
            while (k < label.Length && at < text.Length && gap <= MaxGap)
            {
                if (text[at] == label[k]) k++;
                else gap++;
                at++;
            }
            if (k == label.Length && gap <= MaxGap) return (start, at);
        }
        return null;
    }

    /// <summary>The line on which the text at <paramref name="at"/> of the stream is.</summary>
    private static int FirstLineOf(IReadOnlyList<ReportLine> lines, TableTokens tokens, int at)
    {
        var length = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            length += TableTokens.Of([lines[i]]).Text.Length;
            if (length > at) return i;
        }
        return lines.Count;
    }

    private sealed record LabelledRow(string Label, IReadOnlyList<string> Spellings, int Columns);
}
