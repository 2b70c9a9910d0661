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
    // Value columns of 10 mm fit two characters of 五号 a line (社会/公益/组织, as printed forms have it), leaving
    // the long item labels (（六）1.申请人无正当理由…) room to keep rows low.
    private const int ValueWidth = 560, MinLabelWidth = 3000;

    // Part 三、本年度办理结果 narrow, Group （三）不予公开 two lines, the item label takes the rest.
    private static readonly int[] LevelWidths = [600, 1000];

    public static Table Create(TableBlock block)
    {
        var table = block.Table;
        var levels = Levels(table);
        var labelColumns = levels.Count + 1;
        var valueWidth = Math.Min(ValueWidth, (DocxPage.TypeAreaWidth - MinLabelWidth) / table.Columns.Count);
        var levelWidths = LevelWidths.Take(levels.Count).ToList();
        var labelWidth = DocxPage.TypeAreaWidth - (valueWidth * table.Columns.Count) - levelWidths.Sum();
        var grid = new DocxGrid([.. levelWidths, labelWidth, .. Enumerable.Repeat(valueWidth, table.Columns.Count)]);

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
        return grid.Build();
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

    private static List<Func<RowDefinition, string?>> Levels(TableDefinition table)
    {
        var levels = new List<Func<RowDefinition, string?>>();
        if (table.Rows.Any(r => r.Part is not null)) levels.Add(r => r.Part);
        if (table.Rows.Any(r => r.Group is not null)) levels.Add(r => r.Group);
        return levels;
    }
}
