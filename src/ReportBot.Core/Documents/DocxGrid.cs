using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Documents;

/// <summary>
/// Builds one Word table over fixed grid columns, row by row: each cell is placed after the previous one and is as
/// wide as the grid columns it spans, so merged headers line up with the values under them.
/// </summary>
internal sealed class DocxGrid
{
    // 0.7 mm each side instead of Word's 1.9 mm: seven value columns and the item labels share 156 mm.
    private const int CellMargin = 40;

    /// <summary>Twips a cell needs beyond its text: both margins, and a little for renderers that measure wider.</summary>
    public const int CellExtra = (2 * CellMargin) + 12;

    /// <summary>五号 (10.5 pt), the table style's size, in half-points.</summary>
    public const int TableFontSize = 21;

    private readonly int[] widths;
    private readonly int? fontSize;
    private readonly int halfEm;
    private readonly Table table;
    private readonly List<int> rowLines = [];
    private TableRow? row;
    private bool keepWithNext;
    private int column;

    /// <param name="widths">Grid column widths in twips.</param>
    /// <param name="fontSize">Half-points, where the table style's 10.5 pt does not fit.</param>
    public DocxGrid(IReadOnlyList<int> widths, int? fontSize = null)
    {
        this.widths = [.. widths];
        this.fontSize = fontSize;
        halfEm = HalfEm(fontSize ?? TableFontSize);
        table = new Table(Properties(this.widths.Sum()), new TableGrid(this.widths.Select(w => new GridColumn { Width = w.ToString() })));
    }

    /// <summary>Twips of half an em at <paramref name="fontSize"/> half-points: 105 at 五号.</summary>
    public static int HalfEm(int fontSize) => fontSize * 5;

    /// <summary>The width of a cell whose longest line is <paramref name="halfEms"/> wide.</summary>
    public static int WidthFor(int halfEms, int fontSize = TableFontSize) => (halfEms * HalfEm(fontSize)) + CellExtra;

    /// <summary><paramref name="total"/> split into <paramref name="count"/> columns; the last takes the remainder.</summary>
    public static int[] Split(int total, int count) =>
        [.. Enumerable.Repeat(total / count, count - 1), total - (total / count * (count - 1))];

    /// <summary>Consecutive equal keys as (key, first index, count); a null key is a run of its own.</summary>
    public static List<(string? Key, int Start, int Count)> Runs(IReadOnlyList<string?> keys)
    {
        var runs = new List<(string? Key, int Start, int Count)>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (runs.Count > 0 && keys[i] is not null && runs[^1].Key == keys[i]) runs[^1] = runs[^1] with { Count = runs[^1].Count + 1 };
            else runs.Add((keys[i], i, 1));
        }
        return runs;
    }

    /// <summary>
    /// Starts a row. A header row repeats at the top of every page the table runs onto; a row kept with the next
    /// one is not left alone at the foot of a page (a caption without its figures).
    /// </summary>
    public DocxGrid Row(bool header = false, bool keepWithNext = false)
    {
        EndRow();
        this.keepWithNext = keepWithNext;
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        row = new TableRow(properties);
        rowLines.Add(1);
        column = 0;
        return this;
    }

    /// <summary>A centred cell; <paramref name="restart"/> starts a vertical merge the cells below continue.</summary>
    public DocxGrid Cell(string text, int span = 1, bool restart = false) =>
        Add(text, span, restart ? MergedCellValues.Restart : null, JustificationValues.Center);

    /// <summary>A row label, left-aligned as the format prints them.</summary>
    public DocxGrid Label(string text, int span = 1, bool restart = false) =>
        Add(text, span, restart ? MergedCellValues.Restart : null, JustificationValues.Left);

    /// <summary>The continuation of the vertically merged cell above.</summary>
    public DocxGrid Merged(int span = 1) => Add("", span, MergedCellValues.Continue, JustificationValues.Center);

    public int RowCount => rowLines.Count;

    /// <summary>The table's height in twips if every row is as tall as its most broken cell (merged cells aside).</summary>
    public int EstimatedHeight => rowLines.Sum() * DocxStyles.TableLineTwips(fontSize ?? TableFontSize);

    /// <summary>Keeps a row already added with the one after it.</summary>
    public void KeepWithNext(int rowIndex)
    {
        EndRow();
        foreach (var properties in table.Elements<TableRow>().ElementAt(rowIndex).Descendants<ParagraphProperties>())
            properties.KeepNext ??= new KeepNext();
    }

    public Table Build()
    {
        EndRow();
        return table;
    }

    private DocxGrid Add(string text, int span, MergedCellValues? merge, JustificationValues justification)
    {
        if (row is null || column + span > widths.Length)
            throw new InvalidOperationException($"a cell of span {span} at column {column} does not fit {widths.Length} grid columns");
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = widths.Skip(column).Take(span).Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            GridSpan = span > 1 ? new GridSpan { Val = span } : null,
            VerticalMerge = merge is { } m ? new VerticalMerge { Val = m } : null,
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        // Lines broken between words here, so no renderer breaks a label inside one or a figure at all.
        var width = widths.Skip(column).Take(span).Sum();
        var lines = LabelLines.Split(text, Math.Max(1, (width - CellExtra) / halfEm));
        var paragraph = DocxText.Lines(DocxStyles.TableText, lines, justification, fontSize);
        // A cell merged down spreads its lines over the rows it spans: it does not make its first row taller.
        if (merge is null) rowLines[^1] = Math.Max(rowLines[^1], lines.Count);
        // Word keeps a row with the next one when its paragraphs keep with next.
        if (keepWithNext) paragraph.ParagraphProperties!.KeepNext = new KeepNext();
        row.Append(new TableCell(properties, paragraph));
        column += span;
        return this;
    }

    private void EndRow()
    {
        if (row is null) return;
        if (column != widths.Length)
            throw new InvalidOperationException($"a row fills {column} of {widths.Length} grid columns");
        table.Append(row);
        row = null;
    }

    private static TableProperties Properties(int width) => new()
    {
        TableWidth = new TableWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
        TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
        TableBorders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
        // Fixed: Word keeps the widths given instead of re-flowing columns around the longest label.
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        TableCellMarginDefault = new TableCellMarginDefault(
            new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
            new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa }),
    };
}
