using System.Text;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Documents;

/// <summary>
/// The report's tables as HTML tables, merged as the format merges them: table 二's groups each a table under its
/// caption; table 三 with its corner and grouped column labels in thead and its part and group labels spanning their
/// rows; table 四's rows side by side as blocks of columns under a three-row header.
/// </summary>
internal static class HtmlTables
{
    public static void Append(StringBuilder html, TableBlock block)
    {
        html.Append("<table>\n");
        if (block.Table.RowHeader is not null) Captioned(html, block);
        else if (block.Table.Layout == TableLayouts.Blocks) Blocks(html, block);
        else Grid(html, block);
        html.Append("</table>\n");
    }

    private static void Captioned(StringBuilder html, TableBlock block)
    {
        var table = block.Table;
        html.Append("<caption>").Append(HtmlWriter.Escape(table.Caption)).Append("</caption>\n<thead><tr>");
        Th(html, table.RowHeader!);
        foreach (var column in table.Columns) Th(html, column.Label);
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            Th(html, row.Label, scope: "row");
            foreach (var column in table.Columns) Td(html, block.Cell(row.Id, column.Id));
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n");
    }

    private static void Grid(StringBuilder html, TableBlock block)
    {
        var table = block.Table;
        var levels = new List<Func<RowDefinition, string?>>();
        if (table.Rows.Any(r => r.Part is not null)) levels.Add(r => r.Part);
        if (table.Rows.Any(r => r.Group is not null)) levels.Add(r => r.Group);
        var labelColumns = levels.Count + 1;
        var twoLevels = table.Columns.Any(c => c.Group is not null);
        var headerRows = twoLevels ? 3 : 2;

        html.Append("<thead>\n<tr>");
        Th(html, table.Corner ?? "", colspan: labelColumns, rowspan: headerRows);
        Th(html, table.ColumnHeader ?? "", colspan: table.Columns.Count);
        html.Append("</tr>\n<tr>");
        foreach (var run in DocxGrid.Runs(table.Columns.Select(c => c.Group).ToList()))
        {
            if (run.Key is null) foreach (var column in table.Columns.Skip(run.Start).Take(run.Count)) Th(html, column.Label, rowspan: headerRows - 1);
            else Th(html, run.Key, colspan: run.Count);
        }
        html.Append("</tr>\n");
        if (twoLevels)
        {
            html.Append("<tr>");
            foreach (var column in table.Columns.Where(c => c.Group is not null)) Th(html, column.Label);
            html.Append("</tr>\n");
        }
        html.Append("</thead>\n<tbody>\n");

        var rows = table.Rows.ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            html.Append("<tr>");
            var values = levels.Select(level => level(rows[r])).ToList();
            var depth = values.TakeWhile(v => v is not null).Count();
            for (var i = 0; i < depth; i++)
            {
                // A level's cell opens where the levels up to it change, and spans the rows that keep them.
                bool Same(RowDefinition other) => levels.Take(i + 1).All(level => level(other) == level(rows[r]));
                if (r > 0 && Same(rows[r - 1])) continue;
                var span = rows.Skip(r).TakeWhile(Same).Count();
                Th(html, values[i]!, rowspan: span, scope: "rowgroup", vertical: i == 0 && levels.Count > 1);
            }
            Th(html, rows[r].Label, colspan: labelColumns - depth, scope: "row");
            foreach (var column in table.Columns) Td(html, block.Cell(rows[r].Id, column.Id));
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n");
    }

    private static void Blocks(StringBuilder html, TableBlock block)
    {
        var table = block.Table;
        var width = table.Columns.Count;
        var grouped = table.Rows.Any(r => r.Group is not null);
        html.Append("<thead>\n<tr>");
        foreach (var run in DocxGrid.Runs(table.Rows.Select(r => r.Group).ToList()))
            Th(html, run.Key ?? table.Rows[run.Start].Label, colspan: run.Count * width);
        html.Append("</tr>\n<tr>");
        foreach (var row in table.Rows)
        {
            if (row.Group is not null) Th(html, row.Label, colspan: width);
            else foreach (var column in table.Columns) Th(html, column.Label, rowspan: grouped ? 2 : 1);
        }
        html.Append("</tr>\n");
        if (grouped)
        {
            html.Append("<tr>");
            foreach (var row in table.Rows.Where(r => r.Group is not null))
                foreach (var column in table.Columns) Th(html, column.Label);
            html.Append("</tr>\n");
        }
        html.Append("</thead>\n<tbody>\n<tr>");
        foreach (var row in table.Rows)
            foreach (var column in table.Columns) Td(html, block.Cell(row.Id, column.Id));
        html.Append("</tr>\n</tbody>\n");
    }

    private static void Th(StringBuilder html, string text, int colspan = 1, int rowspan = 1, string? scope = null, bool vertical = false)
    {
        html.Append("<th");
        if (colspan > 1) html.Append(" colspan=\"").Append(colspan).Append('"');
        if (rowspan > 1) html.Append(" rowspan=\"").Append(rowspan).Append('"');
        if (scope is not null) html.Append(" scope=\"").Append(scope).Append('"');
        if (vertical) html.Append(" class=\"vertical\"");
        // Breaks only between words: keep-all (in the style) forbids the rest, <wbr> allows these.
        html.Append('>').AppendJoin("<wbr>", LabelLines.Tokens(text).Select(HtmlWriter.Escape)).Append("</th>");
    }

    private static void Td(StringBuilder html, string value) => html.Append("<td>").Append(HtmlWriter.Marked(value)).Append("</td>");
}
