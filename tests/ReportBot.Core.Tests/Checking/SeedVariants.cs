using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Tests.Checking;

/// <summary>
/// The seed report (焦作市人防办 2023, Fixtures/jiaozuo-2023.txt, tab-separated text) and small edits of it: a table
/// row's values set by the row's label, table 四's fifteen values, a section's prose, the title's year. Each edit
/// touches only the cells or lines it names, so a test can break one thing and keep everything else as published.
/// </summary>
internal static partial class SeedVariants
{
    /// <summary>The six section headings, in order.</summary>
    public static readonly string[] Headings =
    [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ];

    public static string Seed { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jiaozuo-2023.txt"));

    /// <summary>
    /// Table 三: the seven values of the row with this label (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).
    /// The label is the format's (“（一）予以公开”); the seed's spelling (“(一) 予以公开”) is found through it.
    /// </summary>
    public static string WithTable3Row(this string text, string label, params int[] values)
    {
        if (values.Length != 7) throw new ArgumentException($"table 三 has 7 values a row, not {values.Length}", nameof(values));
        return text.WithRowCells(label, [.. values.Select(Text)]);
    }

    /// <summary>Table 二: the values of the row with this label (规章 and 行政规范性文件 have three, the others one).</summary>
    public static string WithTable2Row(this string text, string label, params string[] values) => text.WithRowCells(label, values);

    /// <summary>
    /// The cells after a row's label, as printed: <paramref name="cells"/> replace the first non-empty cells after the
    /// label one for one, so "" blanks a cell and "/" prints a slash; a row left without values gets them back in the
    /// cells right after its label.
    /// </summary>
    public static string WithRowCells(this string text, string label, params string[] cells)
    {
        var lines = Lines(text);
        var wanted = Normalize(label);
        var matches = lines.Select((line, index) => (Cells: line.Split('\t'), Index: index))
            .Select(l => (l.Cells, l.Index, Label: Array.FindLastIndex(l.Cells, c => Normalize(c).Length > 0 && (Normalize(c) == wanted || Normalize(c).StartsWith(wanted, StringComparison.Ordinal)))))
            .Where(l => l.Cells.Length > 1 && l.Label >= 0)
            .ToList();
        if (matches.Count != 1) throw new ArgumentException($"{matches.Count} table rows labelled “{label}” in the text", nameof(label));
        var (row, lineIndex, labelCell) = matches[0];
        var after = Enumerable.Range(labelCell + 1, row.Length - labelCell - 1).ToList();
        var positions = after.Where(i => row[i].Trim().Length > 0).Take(cells.Length).ToList();
        // A row whose values were blanked (“行政处罚\t\t\t”): its values are the cells right after the label.
        if (positions.Count < cells.Length) positions = [.. after.Take(cells.Length)];
        if (positions.Count != cells.Length) throw new ArgumentException($"row “{label}” has {positions.Count} values, not {cells.Length}", nameof(cells));
        for (var i = 0; i < cells.Length; i++) row[positions[i]] = cells[i];
        lines[lineIndex] = string.Join('\t', row);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Table 四's one line of fifteen values: 行政复议, 未经复议直接起诉, 复议后起诉, each as 维持 · 纠正 · 其他结果 ·
    /// 尚未审结 · 总计.
    /// </summary>
    public static string WithTable4(this string text, params int[] values)
    {
        if (values.Length != 15) throw new ArgumentException($"table 四 has 15 values, not {values.Length}", nameof(values));
        var lines = Lines(text);
        var index = lines.FindIndex(l => l.Split('\t') is { Length: 15 } cells && cells.All(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out _)));
        if (index < 0) throw new ArgumentException("no line of table 四's fifteen values in the text", nameof(text));
        lines[index] = string.Join('\t', values.Select(Text));
        return string.Join('\n', lines);
    }

    /// <summary>Only the blocks of table 四 named, the rest 0: <c>(维持, 纠正, 其他结果, 尚未审结, 总计)</c> of 行政复议.</summary>
    public static string WithReview(this string text, int upheld, int corrected, int otherResult, int pending, int total) =>
        text.WithTable4(upheld, corrected, otherResult, pending, total, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>A section's prose (everything between its heading and the next) replaced by these paragraphs.</summary>
    public static string WithProse(this string text, string heading, params string[] paragraphs)
    {
        var lines = Lines(text);
        var (start, end) = SectionBody(lines, heading);
        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, ["", .. paragraphs.SelectMany(p => new[] { p, "" })]);
        return string.Join('\n', lines);
    }

    /// <summary>A paragraph added at the end of a section's prose.</summary>
    public static string WithParagraph(this string text, string heading, string paragraph)
    {
        var lines = Lines(text);
        var (start, end) = SectionBody(lines, heading);
        var last = end;
        while (last > start && lines[last - 1].Trim().Length == 0) last--;
        lines.InsertRange(last, ["", paragraph]);
        return string.Join('\n', lines);
    }

    /// <summary>The title's year: “焦作市人防办 2023 年政府信息公开工作年度报告” → “… 2022 年…”.</summary>
    public static string WithYear(this string text, int year)
    {
        var lines = Lines(text);
        var index = lines.FindIndex(l => l.Contains("年政府信息公开工作年度报告", StringComparison.Ordinal));
        lines[index] = TitleYear().Replace(lines[index], Text(year), 1);
        return string.Join('\n', lines);
    }

    private static (int Start, int End) SectionBody(List<string> lines, string heading)
    {
        var at = lines.FindIndex(l => l.Trim() == heading);
        if (at < 0) throw new ArgumentException($"no heading “{heading}” in the text", nameof(heading));
        var next = lines.FindIndex(at + 1, l => Headings.Contains(l.Trim()));
        return (at + 1, next < 0 ? lines.Count : next);
    }

    private static List<string> Lines(string text) => [.. text.Split('\n')];

    /// <summary>Full-width forms to ASCII and no spaces, so “（一）予以公开” finds “(一) 予以公开”.</summary>
    private static string Normalize(string cell) =>
        string.Concat(cell.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex TitleYear();
}
