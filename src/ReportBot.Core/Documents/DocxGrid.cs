using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Documents;

/// <summary>
/// Builds one Word table over fixed grid columns, row by row: each cell is placed after the previous one and is as
/// wide as the grid columns it spans, so merged headers line up with the values under them.
/// </summary>
internal sealed class DocxGrid
{
    // 1 mm each side instead of Word's 1.9 mm: the narrow value columns need the room.
    private const int CellMargin = 57;

    private readonly int[] widths;
    private readonly int? fontSize;
    private readonly Table table;
    private TableRow? row;
    private bool keepWithNext;
    private int column;

    /// <param name="widths">Grid column widths in twips.</param>
    /// <param name="fontSize">Half-points, where the table style's 10.5 pt does not fit.</param>
    public DocxGrid(IReadOnlyList<int> widths, int? fontSize = null)
    {
        this.widths = [.. widths];
        this.fontSize = fontSize;
        table = new Table(Properties(this.widths.Sum()), new TableGrid(this.widths.Select(w => new GridColumn { Width = w.ToString() })));
    }

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
        var paragraph = DocxText.Paragraph(DocxStyles.TableText, text, justification, fontSize);
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
