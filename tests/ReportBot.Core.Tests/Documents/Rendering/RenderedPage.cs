using UglyToad.PdfPig;

namespace ReportBot.Core.Tests.Documents.Rendering;

/// <summary>One glyph as printed: its text, where its advance starts and ends (points, origin bottom left), its size.</summary>
public sealed record PrintedLetter(string Text, double Left, double Right, double Baseline, double Size);

/// <summary>
/// Letters on one baseline that follow each other: the text of one line of one cell or paragraph. A gap of more than
/// 0.4 em (a cell border and its margins; Latin beside Chinese is spaced a quarter em) ends a fragment.
/// </summary>
public sealed record PrintedLine(string Text, double Left, double Right, double Baseline, double Size)
{
    public double Centre => (Left + Right) / 2;
}

/// <summary>A PDF page as the render tests read it.</summary>
public sealed record RenderedPage(int Number, double Width, double Height, IReadOnlyList<PrintedLetter> Letters)
{
    public static List<RenderedPage> Read(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => new RenderedPage(p.Number, p.Width, p.Height,
            p.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .Select(l => new PrintedLetter(l.Value, l.StartBaseLine.X, l.EndBaseLine.X, Math.Round(l.StartBaseLine.Y, 1), Math.Round(l.PointSize, 2)))
                .ToList())).ToList();
    }

    public string Text => string.Concat(Lines().Select(l => l.Text));

    /// <summary>Fragments top to bottom, left to right, optionally only of letters of one size range.</summary>
    public List<PrintedLine> Lines(double minSize = 0, double maxSize = double.MaxValue)
    {
        var lines = new List<PrintedLine>();
        var letters = Letters.Where(l => l.Size >= minSize && l.Size <= maxSize);
        foreach (var row in letters.GroupBy(l => Math.Round(l.Baseline)).OrderByDescending(g => g.Key))
        {
            var ordered = row.OrderBy(l => l.Left).ToList();
            var start = 0;
            for (var i = 1; i <= ordered.Count; i++)
            {
                if (i < ordered.Count && ordered[i].Left - ordered[i - 1].Right <= ordered[i].Size * 0.4) continue;
                var piece = ordered[start..i];
                lines.Add(new PrintedLine(string.Concat(piece.Select(l => l.Text)), piece[0].Left, piece[^1].Right, piece[0].Baseline, piece.Max(l => l.Size)));
                start = i;
            }
        }
        return lines;
    }
}
