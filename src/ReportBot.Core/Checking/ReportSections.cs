using ReportBot.Core.Formats;

namespace ReportBot.Core.Checking;

/// <summary>
/// A published report's lines split at the format's section headings (一、总体情况 … 六、其他需要报告的事项). Headings
/// are looked for in order; one not found leaves its section empty and the next is looked for from the same place.
/// </summary>
internal sealed class ReportSections
{
    // A heading with a slip of its own (四、政府信息公开行政复议、诉讼情况) is still a heading; a table row is not.
    private const double HeadingSimilarity = 0.7;

    private readonly Dictionary<string, (int Start, int End)> ranges = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<ReportLine> lines;

    private ReportSections(IReadOnlyList<ReportLine> lines) => this.lines = lines;

    /// <summary>The lines before the first heading found: the title and preamble.</summary>
    public IReadOnlyList<ReportLine> Preamble { get; private set; } = [];

    public int FoundCount => ranges.Count;

    /// <summary>Sections found under another part number, by section id: the heading as printed.</summary>
    public Dictionary<string, string> Renumbered { get; } = new(StringComparer.Ordinal);

    /// <summary>Headings standing under a section's due number when that section is printed under another (五、信息处理费收取情况).</summary>
    public List<string> Extra { get; } = [];

    public static ReportSections Split(ReportFormat format, IReadOnlyList<ReportLine> lines)
    {
        var sections = new ReportSections(lines);
        var starts = new List<(string Id, int Line)>();
        var from = 0;
        foreach (var section in format.Sections)
        {
            var heading = LabelText.Normalize(section.Heading);
            var at = Find(lines, from, heading);
            if (at < 0) continue;
            var number = heading[..(heading.IndexOf('、', StringComparison.Ordinal) + 1)];
            if (number.Length > 0 && !lines[at].Normalized.StartsWith(number, StringComparison.Ordinal))
            {
                sections.Renumbered[section.Id] = lines[at].Text.Trim();
                // The due number before it heads an extra section: the section before ends there, the extra is not read.
                var extra = Enumerable.Range(from, at - from).LastOrDefault(i => lines[i].Normalized.StartsWith(number, StringComparison.Ordinal), -1);
                if (extra >= 0)
                {
                    sections.Extra.Add(lines[extra].Text.Trim());
                    starts.Add(("", extra));
                }
            }
            starts.Add((section.Id, at));
            from = at + 1;
        }
        for (var i = 0; i < starts.Count; i++)
        {
            if (starts[i].Id.Length == 0) continue;
            var end = i + 1 < starts.Count ? starts[i + 1].Line : lines.Count;
            sections.ranges[starts[i].Id] = (starts[i].Line + 1, end);
        }
        sections.Preamble = [.. lines.Take(starts.Count > 0 ? starts[0].Line : lines.Count)];
        return sections;
    }

    public bool Found(string sectionId) => ranges.ContainsKey(sectionId);

    /// <summary>The section's lines after its heading, up to the next heading found; none when it was not found.</summary>
    public IReadOnlyList<ReportLine> Lines(string sectionId) =>
        ranges.TryGetValue(sectionId, out var range) ? [.. lines.Skip(range.Start).Take(range.End - range.Start)] : [];

    private static int Find(IReadOnlyList<ReportLine> lines, int from, string heading)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (IsHeading(lines[i], heading)) return i;
        }
        return -1;
    }

    /// <summary>
    /// The heading as printed, maybe with a colon or full stop after it, or without its number; or one slip away from
    /// it when it keeps its number (a table row, such as 二、上年结转…, is never one).
    /// </summary>
    private static bool IsHeading(ReportLine line, string heading)
    {
        if (line.IsTableRow) return false;
        var text = line.Normalized.TrimEnd(':', '.', '。', ';', '；');
        if (text == heading || text == LabelText.WithoutNumber(heading)) return true;
        var number = heading[..(heading.IndexOf('、', StringComparison.Ordinal) + 1)];
        if (number.Length == 0 || Math.Abs(text.Length - heading.Length) > 4) return false;
        if (text.StartsWith(number, StringComparison.Ordinal)) return LabelText.Similarity(text, heading) >= HeadingSimilarity;
        // Under another part number (六、存在的主要问题和改进情况 where 五 is due): its words must be close.
        return text.Length > 2 && text[1] == '、' && "一二三四五六七八九十".Contains(text[0], StringComparison.Ordinal)
            && LabelText.Similarity(text[2..], LabelText.WithoutNumber(heading)) >= HeadingSimilarity;
    }
}
