using UglyToad.PdfPig.Content;

namespace ReportBot.Core.Checking.Pdf;

/// <summary>
/// A page's table borders: the thin drawn lines (Chromium fills 0.7 pt rectangles, LibreOffice strokes lines), each
/// horizontal one as its height and x-range, each vertical one as its x and y-range. A cell is what they enclose.
/// </summary>
internal sealed class PageRules
{
    // Thicker than this is a shape, not a border; shorter than this is a glyph's stroke or a dot.
    private const double MaxThickness = 2;
    private const double MinLength = 4;

    // Pieces of one border drawn cell by cell overlap or touch; a word's centre is looked up with this slack.
    private const double Slack = 1;

    private readonly List<(double Y, double X0, double X1)> horizontal = [];
    private readonly List<(double X, double Y0, double Y1)> vertical = [];

    public PageRules(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsFilled || path.IsStroked) || path.GetBoundingRectangle() is not { } box) continue;
            if (box.Height <= MaxThickness && box.Width >= MinLength) horizontal.Add(((box.Top + box.Bottom) / 2, box.Left, box.Right));
            else if (box.Width <= MaxThickness && box.Height >= MinLength) vertical.Add(((box.Left + box.Right) / 2, box.Bottom, box.Top));
        }
    }

    /// <summary>The cell around a point (PDF coordinates, y upwards): the nearest border on every side, or null outside any table.</summary>
    public CellBox? CellAt(double x, double y)
    {
        double? above = null, below = null;
        (double X, double Y0, double Y1)? left = null, right = null;
        foreach (var (ry, x0, x1) in horizontal)
        {
            if (x < x0 - Slack || x > x1 + Slack) continue;
            if (ry > y && (above is null || ry < above)) above = ry;
            if (ry < y && (below is null || ry > below)) below = ry;
        }
        foreach (var rule in vertical)
        {
            if (y < rule.Y0 - Slack || y > rule.Y1 + Slack) continue;
            if (rule.X < x && (left is null || rule.X > left.Value.X)) left = rule;
            if (rule.X > x && (right is null || rule.X < right.Value.X)) right = rule;
        }
        if (left is not { } l || right is not { } r) return null;
        // At a page break Chromium draws no border across the cut: the cell's sides, drawn row by row, still end there.
        above ??= Math.Min(End(l, up: true), End(r, up: true));
        below ??= Math.Max(End(l, up: false), End(r, up: false));
        return new CellBox(l.X, r.X, below.Value, above.Value);
    }

    /// <summary>Where a vertical border drawn in pieces (one per row) ends, going up or down from one piece.</summary>
    private double End((double X, double Y0, double Y1) rule, bool up)
    {
        var end = up ? rule.Y1 : rule.Y0;
        // Each step moves at least MinLength, so this ends after at most as many steps as there are pieces.
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var piece in vertical)
            {
                if (Math.Abs(piece.X - rule.X) > Slack || Math.Abs((up ? piece.Y0 : piece.Y1) - end) > Slack) continue;
                var next = up ? piece.Y1 : piece.Y0;
                if (up ? next <= end : next >= end) continue;
                end = next;
                moved = true;
            }
        }
        return end;
    }
}

/// <summary>A table cell's box, rounded so the words of one cell agree on it.</summary>
internal readonly record struct CellBox(double Left, double Right, double Bottom, double Top)
{
    public CellBox Rounded() => new(Math.Round(Left), Math.Round(Right), Math.Round(Bottom), Math.Round(Top));
}
