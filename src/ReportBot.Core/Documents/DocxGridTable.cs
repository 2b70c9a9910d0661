using DocumentFormat.OpenXml.Wordprocessing;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Documents;

/// <summary>
/// Table 三: the corner note over the label columns, the column header over grouped column labels, then one row per
/// format row. Row labels take one grid column per level (Part, Group, label); a level's cell is merged down over
/// the rows that share it, and a row without a level lets its label span the columns left over.
/// </summary>
internal static class DocxGridTable
{
    // Value columns at least two characters wide (社会/公益/组织, as printed forms have it).
    private const int MinValueHalfEms = 4;

    // The row labels keep at least eight characters a line, whatever the figures take.
    private const int MinLabelHalfEms = 16;

    public static Table Create(TableBlock block)
    {
        var table = block.Table;
        var levels = Levels(table);
        var labelColumns = levels.Count + 1;
        var grid = new DocxGrid(Widths(block, levels));

        Header(grid, table, labelColumns);
        var previous = new string?[levels.Count];
        foreach (var row in table.Rows)
        {
            grid.Row();
            var values = levels.Select(level => level(row)).ToArray();
            var depth = values.TakeWhile(v => v is not null).Count();
            for (var i = 0; i < depth; i++)
            {
                // A level continues the cell above only while every level before it continues too.
                if (values.Take(i + 1).SequenceEqual(previous.Take(i + 1))) grid.Merged();
                else grid.Label(values[i]!, restart: true);
            }
            grid.Label(row.Label, labelColumns - depth);
            foreach (var column in table.Columns) grid.Cell(block.Cell(row.Id, column.Id));
            previous = [.. values.Take(depth), .. new string?[levels.Count - depth]];
        }
        KeepTogether(grid, table);
        return grid.Build();
    }

    /// <summary>
    /// The whole table on one page where it fits one (each row kept with the next); where it cannot, each outcome
    /// group at least stays together, under its label.
    /// </summary>
    private static void KeepTogether(DocxGrid grid, TableDefinition table)
    {
        var header = grid.RowCount - table.Rows.Count;
        var fits = grid.EstimatedHeight <= DocxPage.TypeAreaHeight - DocxStyles.BodyLineTwips;
        for (var i = 0; i < table.Rows.Count - 1; i++)
        {
            var sameGroup = table.Rows[i].Group is { } g && table.Rows[i + 1].Group == g;
            if (fits || sameGroup) grid.KeepWithNext(header + i);
        }
    }

    /// <summary>
    /// Row 1: the corner (merged down over the header) and the column header over all values. Row 2: each column
    /// group over its columns, a column without a group merged down. Row 3: the grouped columns' own labels.
    /// </summary>
    private static void Header(DocxGrid grid, TableDefinition table, int labelColumns)
    {
        var twoLevels = table.Columns.Any(c => c.Group is not null);
        grid.Row(header: true, keepWithNext: true).Cell(table.Corner ?? "", labelColumns, restart: true).Cell(table.ColumnHeader ?? "", table.Columns.Count);
        grid.Row(header: true, keepWithNext: true).Merged(labelColumns);
        foreach (var run in DocxGrid.Runs(table.Columns.Select(c => c.Group).ToList()))
        {
            if (run.Key is null) foreach (var column in table.Columns.Skip(run.Start).Take(run.Count)) grid.Cell(column.Label, restart: twoLevels);
            else grid.Cell(run.Key, run.Count);
        }
        if (!twoLevels) return;
        grid.Row(header: true, keepWithNext: true).Merged(labelColumns);
        foreach (var column in table.Columns)
        {
            if (column.Group is null) grid.Merged();
            else grid.Cell(column.Label);
        }
    }

    /// <summary>
    /// Widths from the content: each value column as wide as its widest figure or label word (figures up to 7
    /// digits on one line); a level column (三、本年度办理结果) one character, read downwards; the group column its
    /// widest label on one line (（三）不予公开); the item labels the rest.
    /// </summary>
    private static int[] Widths(TableBlock block, List<Func<RowDefinition, string?>> levels)
    {
        var table = block.Table;
        var values = table.Columns.Select(c => DocxGrid.WidthFor(Math.Max(MinValueHalfEms, Math.Max(
            LabelLines.Tokens(c.Label).Max(TextWidth.HalfEms),
            table.Rows.Max(r => TextWidth.HalfEms(block.Cell(r.Id, c.Id))))))).ToList();
        var levelWidths = levels.Select((level, i) => i == 0 && levels.Count > 1
            ? DocxGrid.WidthFor(2)
            : DocxGrid.WidthFor(table.Rows.Select(level).Max(l => l is null ? 0 : TextWidth.HalfEms(l)))).ToList();
        var label = DocxPage.TypeAreaWidth - values.Sum() - levelWidths.Sum();
        var minLabel = DocxGrid.WidthFor(MinLabelHalfEms);
        if (label < minLabel)
        {
            // Figures too wide for the page: the values give up the difference evenly, and may then wrap.
            var cut = (minLabel - label + values.Count - 1) / values.Count;
            values = values.Select(v => v - cut).ToList();
            label = DocxPage.TypeAreaWidth - values.Sum() - levelWidths.Sum();
        }
        return [.. levelWidths, label, .. values];
    }

    private static List<Func<RowDefinition, string?>> Levels(TableDefinition table)
    {
        var levels = new List<Func<RowDefinition, string?>>();
        if (table.Rows.Any(r => r.Part is not null)) levels.Add(r => r.Part);
        if (table.Rows.Any(r => r.Group is not null)) levels.Add(r => r.Group);
        return levels;
    }
}
