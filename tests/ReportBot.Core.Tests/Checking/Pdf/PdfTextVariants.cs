using System.Globalization;

namespace ReportBot.Core.Tests.Checking.Pdf;

/// <summary>
/// The seed's table 三 (every cell a figure of its own, 1 to 175) laid out the ways pdftotext writes a PDF's table:
/// labels wrapped over three lines with the figures on the middle one and the group label's pieces beside them, or
/// every label first and then every figure one per line; with a page number in the middle of the table. Only table
/// 三's section is changed; its cells are written with spaces, never tabs, as PDF text has them.
/// </summary>
internal static class PdfTextVariants
{
    private const string Start = "三、收到和处理政府信息公开申请情况";
    private const string End = "四、政府信息公开行政复议、行政诉讼情况";

    /// <summary>The seed with table 三's and 四's zeros numbered 1, 2, 3 … in reading order.</summary>
    public static string Numbered()
    {
        var next = 0;
        var inTables = false;
        return string.Join('\n', SeedVariants.Seed.Split('\n').Select(line =>
        {
            inTables = line.StartsWith(Start, StringComparison.Ordinal) || (inTables && !line.StartsWith("五、", StringComparison.Ordinal));
            return inTables ? string.Join('\t', line.Split('\t').Select(c => c == "0" ? (++next).ToString(CultureInfo.InvariantCulture) : c)) : line;
        }));
    }

    /// <summary>Each row's label in three pieces on three lines, its figures after the middle piece, its group label's pieces before the first and the last.</summary>
    public static string Wrapped(string text, string? pageNumberAfter = null) => Rewrite(text, rows =>
    {
        var lines = new List<string>();
        foreach (var (labels, figures) in rows)
        {
            var label = labels[^1];
            var group = labels.Length > 1 ? labels[^2] : "";
            var (g1, g2) = (group[..(group.Length / 2)], group[(group.Length / 2)..]);
            if (figures.Length == 0 || label.Length < 6)
            {
                lines.Add(string.Join("   ", new[] { g1 + g2, label, string.Join(' ', figures) }.Where(p => p.Length > 0)));
            }
            else
            {
                var third = label.Length / 3;
                lines.Add($"{g1} {label[..third]}");
                lines.Add($"{label[third..(2 * third)]}      {string.Join("   ", figures)}");
                lines.Add($"{g2} {label[(2 * third)..]}");
            }
            if (pageNumberAfter is not null && label.Contains(pageNumberAfter, StringComparison.Ordinal)) lines.AddRange(["", "— 4 —", ""]);
        }
        return lines;
    });

    /// <summary>Every label on a line of its own, then every figure on a line of its own, row by row.</summary>
    public static string OnePerLine(string text, int pageNumberAfterFigure = -1) => Rewrite(text, rows =>
    {
        var figures = rows.SelectMany(r => r.Figures).ToList();
        if (pageNumberAfterFigure >= 0) figures.Insert(pageNumberAfterFigure, "—3—");
        return [.. rows.SelectMany(r => r.Labels), .. figures];
    });

    /// <summary>Table 三's section rewritten: the lines before its first row as they are (tabs as spaces), its rows by <paramref name="layout"/>.</summary>
    private static string Rewrite(string text, Func<List<(string[] Labels, string[] Figures)>, List<string>> layout)
    {
        var lines = text.Split('\n').ToList();
        var start = lines.FindIndex(l => l.Trim() == Start);
        var end = lines.FindIndex(start, l => l.Trim() == End);
        var section = lines.GetRange(start + 1, end - start - 1);
        var firstRow = section.FindIndex(l => l.Split('\t').Any(c => c.Trim() == "1"));
        var rows = section.Skip(firstRow).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray())
            .Select(cells => (Labels: cells.Where(c => !int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToArray(), Figures: cells.Where(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToArray()))
            .ToList();
        var header = section.Take(firstRow).Select(l => string.Join(' ', l.Split('\t').Where(c => c.Trim().Length > 0)));
        lines.RemoveRange(start + 1, end - start - 1);
        lines.InsertRange(start + 1, [.. header, .. layout(rows)]);
        return string.Join('\n', lines);
    }
}
