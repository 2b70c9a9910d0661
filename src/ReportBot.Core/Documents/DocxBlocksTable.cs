using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Documents;

/// <summary>
/// Table 四 (layout "blocks"): the format's rows side by side as blocks of its columns, one data row of 15 values.
/// Row 1: each row's group (行政诉讼) or, without one, its label (行政复议) over its blocks. Row 2: a grouped row's
/// label over its block; an ungrouped row's column labels, merged down. Row 3: the grouped rows' column labels.
/// </summary>
internal static class DocxBlocksTable
{
    public static Table Create(TableBlock block)
    {
        var table = block.Table;
        var width = table.Columns.Count;
        // 15 columns of 10.4 mm in 五号 (10.5 pt), the tables' size: two characters a line, broken between words
        // (结果/维持) as the printed form has it, and figures of up to four digits.
        var grid = new DocxGrid(DocxGrid.Split(DocxPage.TypeAreaWidth, table.Rows.Count * width));
        var grouped = table.Rows.Any(r => r.Group is not null);

        // Each header row keeps with the next: the table stays on one page, under its heading.
        grid.Row(keepWithNext: true);
        foreach (var run in DocxGrid.Runs(table.Rows.Select(r => r.Group).ToList()))
            grid.Cell(run.Key ?? table.Rows[run.Start].Label, run.Count * width);

        grid.Row(keepWithNext: true);
        foreach (var row in table.Rows)
        {
            if (row.Group is not null) grid.Cell(row.Label, width);
            else foreach (var column in table.Columns) grid.Cell(column.Label, restart: grouped);
        }

        if (grouped)
        {
            grid.Row(keepWithNext: true);
            foreach (var row in table.Rows)
            {
                if (row.Group is null) foreach (var _ in table.Columns) grid.Merged();
                else foreach (var column in table.Columns) grid.Cell(column.Label);
            }
        }

        grid.Row();
        foreach (var row in table.Rows)
            foreach (var column in table.Columns) grid.Cell(block.Cell(row.Id, column.Id));
        return grid.Build();
    }
}
