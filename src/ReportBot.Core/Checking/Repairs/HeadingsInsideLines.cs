using ReportBot.Core.Formats;

namespace ReportBot.Core.Checking.Repairs;

/// <summary>
/// Layout repair: crawled web text runs a whole article into one line (<c>…0591-23165385。一、总体情况2023年…</c>). Each
/// section heading found inside a line, in the format's order, becomes a line of its own. A heading with a slip
/// (<c>五、存在的主要问题及改进措施</c>) counts when it keeps its number and is close enough to the format's.
/// </summary>
internal static class HeadingsInsideLines
{
    private const double Similarity = 0.7;

    public static List<string> Apply(ReportFormat format, IReadOnlyList<string> lines)
    {
        var headings = format.Sections.Select(s => LabelText.Normalize(s.Heading)).ToList();
        var result = new List<string>(lines.Count);
        var next = 0;
        foreach (var line in lines)
        {
            if (next >= headings.Count || line.Contains('\t', StringComparison.Ordinal) || NormalizedText.Of(line) is not { } text)
            {
                result.Add(line);
                continue;
            }
            var cuts = new List<int>();
            var from = 0;
            // A heading left out (or renamed past recognition) does not hide the ones after it in the same line.
            while (Enumerable.Range(next, headings.Count - next).Select(k => (K: k, At: Find(text.Text, headings[k], from))).Where(h => h.At >= 0).Select(h => ((int K, int At)?)h).FirstOrDefault() is { } found)
            {
                var at = found.At;
                next = found.K;
                // Printed under the wrong number (六 where 五 was due): what stands under the due number before it is an
                // extra section of its own (五、信息处理费收取情况), not the end of the section before.
                if (ExtraHeadingBefore(text.Text, headings[next], from, at) is { } extra) cuts.Add(text.RawAt(extra));
                // The heading is a line of its own: the text after it starts the next.
                cuts.Add(text.RawAt(at));
                cuts.Add(text.RawAt(at + headings[next].Length));
                from = at + headings[next].Length;
                next++;
            }
            var start = 0;
            foreach (var cut in cuts.Order().Where(c => c > start && c < line.Length))
            {
                result.Add(line[start..cut]);
                start = cut;
            }
            result.Add(line[start..]);
        }
        return result;
    }

    /// <summary>Where the heading starts at or after <paramref name="from"/>: as printed, or its number followed by text close to it.</summary>
    private static int Find(string text, string heading, int from)
    {
        var exact = text.IndexOf(heading, from, StringComparison.Ordinal);
        var number = heading[..(heading.IndexOf('、', StringComparison.Ordinal) + 1)];
        if (number.Length == 0) return exact;
        for (var at = text.IndexOf(number, from, StringComparison.Ordinal); at >= 0 && (exact < 0 || at < exact); at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            var candidate = text.Substring(at, Math.Min(heading.Length, text.Length - at));
            if (LabelText.Similarity(candidate, heading) >= Similarity) return at;
        }
        var renumbered = Renumbered(text, heading, from);
        return exact < 0 || (renumbered >= 0 && renumbered < exact) ? (renumbered >= 0 ? renumbered : exact) : exact;
    }

    /// <summary>Where the heading's words stand under another part number (六、存在的主要问题和改进情况), or −1.</summary>
    private static int Renumbered(string text, string heading, int from)
    {
        var words = LabelText.WithoutNumber(heading);
        if (words.Length == heading.Length) return -1;
        for (var at = text.IndexOf('、', from); at >= 0; at = text.IndexOf('、', at + 1))
        {
            if (at == 0 || !PartNumbers.Contains(text[at - 1]) || (at >= 2 && (text[at - 2] == '（' || text[at - 2] == '(' || PartNumbers.Contains(text[at - 2])))) continue;
            var candidate = text.Substring(at + 1, Math.Min(words.Length, text.Length - at - 1));
            if (LabelText.Similarity(candidate, words) >= Similarity) return at - 1;
        }
        return -1;
    }

    /// <summary>The due number (五、) between <paramref name="from"/> and a heading found under another number, or null.</summary>
    private static int? ExtraHeadingBefore(string text, string heading, int from, int at)
    {
        var number = heading[..(heading.IndexOf('、', StringComparison.Ordinal) + 1)];
        if (number.Length == 0 || at <= from || string.CompareOrdinal(text, at, number, 0, number.Length) == 0) return null;
        var extra = text.LastIndexOf(number, at - 1, at - from, StringComparison.Ordinal);
        return extra > from && text[extra - 1] != '（' ? extra : null;
    }

    private const string PartNumbers = "一二三四五六七八九十";
}
