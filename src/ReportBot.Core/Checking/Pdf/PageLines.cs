using UglyToad.PdfPig.Content;

namespace ReportBot.Core.Checking.Pdf;

/// <summary>
/// One PDF page as the reader's lines, rebuilt from word positions. Words inside table borders are gathered by the
/// cell that encloses them, whatever line they sit on, so a label wrapped over two or three lines, a label printed
/// one character a line (三、本 / 年度办 / 理结果) and a header split over lines (商业 / 企业) are each one cell, and
/// the figures of a row are the cells beside it however its label wraps. The table's rows are the bands between
/// its borders: one line per band, its cells left to right separated by tabs; a cell spanning bands (a rowspan)
/// is written in its first band and empty in the others, as <see cref="HtmlLines"/> writes a web page's table.
/// Words outside tables are prose lines, grouped by baseline, top to bottom.
/// </summary>
internal static class PageLines
{
    // Boundaries this close are one border drawn in pieces.
    private const double SameBoundary = 1.5;

    public static IEnumerable<string> Read(Page page)
    {
        var rules = new PageRules(page);
        var cells = new Dictionary<CellBox, List<Word>>();
        var prose = new List<Word>();
        foreach (var word in page.GetWords())
        {
            if (string.IsNullOrWhiteSpace(word.Text)) continue;
            var box = word.BoundingBox;
            if (rules.CellAt((box.Left + box.Right) / 2, (box.Bottom + box.Top) / 2) is { } cell)
            {
                var key = cell.Rounded();
                if (!cells.TryGetValue(key, out var words)) cells[key] = words = [];
                words.Add(word);
            }
            else
            {
                prose.Add(word);
            }
        }
        var lines = new List<(double Top, string Text)>();
        lines.AddRange(ProseLines(prose));
        lines.AddRange(TableLines(cells));
        return lines.OrderByDescending(l => l.Top).Select(l => l.Text);
    }

    /// <summary>Words outside tables, one line per baseline, words in reading order separated by a space.</summary>
    private static IEnumerable<(double Top, string Text)> ProseLines(List<Word> words)
    {
        foreach (var line in Baselines(words))
            yield return (line.Max(w => w.BoundingBox.Top), string.Join(' ', line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
    }

    /// <summary>Every band between the table borders on the page, as a line of the cells that cover it.</summary>
    private static IEnumerable<(double Top, string Text)> TableLines(Dictionary<CellBox, List<Word>> cells)
    {
        var boundaries = new List<double>();
        foreach (var y in cells.Keys.SelectMany(c => new[] { c.Top, c.Bottom }).OrderDescending())
        {
            if (boundaries.Count == 0 || boundaries[^1] - y > SameBoundary) boundaries.Add(y);
        }
        var written = new HashSet<CellBox>();
        for (var b = 0; b + 1 < boundaries.Count; b++)
        {
            var (top, bottom) = (boundaries[b], boundaries[b + 1]);
            var middle = (top + bottom) / 2;
            var covering = cells.Keys.Where(c => c.Top > middle && c.Bottom < middle).OrderBy(c => c.Left).ToList();
            if (covering.Count == 0) continue;
            var texts = covering.Select(c => written.Add(c) ? CellText(cells[c]) : "").ToList();
            if (texts.All(t => t.Length == 0)) continue;
            yield return (top, string.Join('\t', texts));
        }
    }

    /// <summary>A cell's words line by line, joined by a space (as a web page's cell with line breaks reads).</summary>
    private static string CellText(List<Word> words) =>
        string.Join(' ', Baselines(words).Select(line => string.Join(' ', line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))));

    /// <summary>Words grouped into lines, top to bottom: a word joins the line whose baseline is within half its height.</summary>
    private static List<List<Word>> Baselines(List<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var tolerance = Math.Max(1, word.BoundingBox.Height / 2);
            var line = lines.FirstOrDefault(l => Math.Abs(l[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance);
            if (line is null) lines.Add([word]);
            else line.Add(word);
        }
        return lines;
    }
}
