using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Documents;

/// <summary>
/// Table 二: consecutive captioned tables (第二十条第（一）项 …) as one Word table. Each group has its caption row,
/// a header row (信息内容 and the column labels) and its data rows; a group with fewer value columns than the
/// widest spreads them over the same width.
/// </summary>
internal static class DocxCaptionedTables
{
    // 50 mm for 信息内容 and its row labels (行政规范性文件 fits on one line); values share the rest.
    private const int LabelWidth = 2835;

    public static Table Create(IReadOnlyList<TableBlock> groups)
    {
        var valueColumns = groups.Max(g => g.Table.Columns.Count);
        var grid = new DocxGrid([LabelWidth, .. DocxGrid.Split(DocxPage.TypeAreaWidth - LabelWidth, valueColumns)]);
        foreach (var block in groups)
        {
            var table = block.Table;
            var spans = Spans(table.Columns.Count, valueColumns);
            grid.Row(keepWithNext: true).Cell(table.Caption, valueColumns + 1);
            grid.Row(keepWithNext: true).Cell(table.RowHeader ?? "");
            foreach (var (column, span) in table.Columns.Zip(spans)) grid.Cell(column.Label, span);
            foreach (var row in table.Rows)
            {
                // A group stays on one page; the table may break between groups.
                grid.Row(keepWithNext: row != table.Rows[^1]).Cell(row.Label);
                foreach (var (column, span) in table.Columns.Zip(spans)) grid.Cell(block.Cell(row.Id, column.Id), span);
            }
        }
        return grid.Build();
    }

    /// <summary><paramref name="count"/> columns over <paramref name="width"/> grid columns: one each, the last the rest.</summary>
    private static int[] Spans(int count, int width) => [.. Enumerable.Repeat(1, count - 1), width - count + 1];
}
