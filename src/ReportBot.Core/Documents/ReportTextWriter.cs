using System.Text;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Documents;

/// <summary>The document as plain text: headings, paragraphs, and tables as tab-separated lines.</summary>
public static class ReportTextWriter
{
    public static string Write(ReportDocument document)
    {
        var text = new StringBuilder();
        if (document.Draft is { } draft) text.AppendLine($"【{draft.Label}】");
        text.AppendLine(document.Title);
        foreach (var section in document.Sections)
        {
            text.AppendLine().AppendLine(section.Heading);
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock p: text.AppendLine(p.Text); break;
                    case TableBlock t when t.Table.Layout == TableLayouts.Blocks: WriteBlocks(text, t); break;
                    case TableBlock t: WriteGrid(text, t); break;
                }
            }
        }
        if (document.Draft is { } d) WriteAppendix(text, d);
        return text.ToString().TrimEnd();
    }

    private static void WriteAppendix(StringBuilder text, DraftMark draft)
    {
        text.AppendLine().AppendLine(DraftMark.AppendixTitle);
        if (draft.Appendix.Count == 0) text.AppendLine(DraftMark.NothingOpen);
        foreach (var entry in draft.Appendix)
        {
            text.AppendLine(entry.Section);
            foreach (var missing in entry.Missing) text.AppendLine($"  未填写：{missing}");
            foreach (var finding in entry.Findings) text.AppendLine($"  {finding}");
        }
    }

    private static void WriteGrid(StringBuilder text, TableBlock block)
    {
        var t = block.Table;
        if (t.RowHeader is not null)
        {
            text.AppendLine(t.Caption);
            Line(text, [t.RowHeader, .. t.Columns.Select(c => c.Label)]);
        }
        else
        {
            Line(text, [t.Corner ?? "", t.ColumnHeader ?? ""]);
            Line(text, ["", .. Spanned(t.Columns.Select(c => c.Group ?? c.Label).ToList())]);
            if (t.Columns.Any(c => c.Group is not null))
                Line(text, ["", .. t.Columns.Select(c => c.Group is null ? "" : c.Label)]);
        }
        string? part = null, group = null;
        foreach (var row in t.Rows)
        {
            var label = new List<string>();
            if (row.Part is not null && row.Part != part) label.Add(row.Part);
            if (row.Group is not null && row.Group != group) label.Add(row.Group);
            (part, group) = (row.Part, row.Group);
            label.Add(row.Label);
            Line(text, [string.Join('\t', label), .. t.Columns.Select(c => block.Cell(row.Id, c.Id))]);
        }
    }

    /// <summary>Table 四: each row a block of columns, side by side, under a two-level header.</summary>
    private static void WriteBlocks(StringBuilder text, TableBlock block)
    {
        var t = block.Table;
        var width = t.Columns.Count;
        Line(text, Spanned(t.Rows.SelectMany(r => Enumerable.Repeat(r.Group ?? r.Label, width)).ToList()));
        Line(text, t.Rows.SelectMany(r => Enumerable.Repeat(r.Group is null ? "" : r.Label, width)).ToList() is var second ? Spanned(second) : []);
        Line(text, t.Rows.SelectMany(_ => t.Columns.Select(c => c.Label)));
        Line(text, t.Rows.SelectMany(r => t.Columns.Select(c => block.Cell(r.Id, c.Id))));
    }

    /// <summary>A label repeated across the columns it spans is printed once, as merged header cells read.</summary>
    private static List<string> Spanned(List<string> labels) =>
        labels.Select((l, i) => i > 0 && labels[i - 1] == l ? "" : l).ToList();

    private static void Line(StringBuilder text, IEnumerable<string> cells) => text.AppendLine(string.Join('\t', cells).TrimEnd('\t'));
}
