using System.Text.RegularExpressions;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Checking.Repairs;

/// <summary>
/// Layout repair: crawled text glues a table into one line (<c>规章000行政规范性文件002第二十条第（五）项…</c>). Every
/// caption, group label and row label of the section's tables found inside a line, in the format's order, starts a line
/// of its own, and the figures printed right after a label become its cell (<c>规章 | 000</c>), to be split by
/// <see cref="GluedDigits"/>. Text after the figures (the next table's header) goes on a line of its own. Lines that
/// already have cells (tabs) are left alone.
/// </summary>
internal static partial class TableLabelsInsideLines
{
    // How many labels on a missing one may be skipped to find where a line goes on.
    private const int LookAhead = 8;

    public static IReadOnlyList<ReportLine> Apply(IReadOnlyList<TableDefinition> tables, IReadOnlyDictionary<string, string> renamed, IReadOnlyList<ReportLine> lines)
    {
        var anchors = Anchors(tables, renamed);
        var result = new List<ReportLine>(lines.Count);
        var next = 0;
        foreach (var line in lines)
        {
            if (line.Text.Contains('\t', StringComparison.Ordinal) || NormalizedText.Of(line.Text) is not { } text)
            {
                result.Add(line);
                continue;
            }
            var cuts = new List<(int Raw, int Length)>();
            var from = 0;
            while (next < anchors.Count)
            {
                var (at, length) = Find(text.Text, anchors[next], from);
                if (at < 0)
                {
                    // Rows left out (or on a later line): go on from the first of the next few labels that is here.
                    var later = Enumerable.Range(next + 1, Math.Max(0, Math.Min(LookAhead, anchors.Count - next - 1))).FirstOrDefault(j => Find(text.Text, anchors[j], from).At >= 0);
                    if (later == 0) break;
                    next = later;
                    continue;
                }
                // A label printed only later (a missing row's, found in a later row) must not be taken past the next one.
                var (following, _) = next + 1 < anchors.Count ? Find(text.Text, anchors[next + 1], from) : (-1, 0);
                if (following >= 0 && following < at)
                {
                    next++;
                    continue;
                }
                // The label runs to the next character that counts, so a closing quote (“三安全一稳定”) stays with it.
                cuts.Add((text.RawAt(at), text.RawAt(at + length) - text.RawAt(at)));
                from = at + length;
                next++;
            }
            Split(line.Text, cuts, result);
        }
        return result;
    }

    /// <summary>Captions, group labels once, row labels with the misspellings the format renames; table 四's labels are its header.</summary>
    private static List<string[]> Anchors(IReadOnlyList<TableDefinition> tables, IReadOnlyDictionary<string, string> renamed)
    {
        var anchors = new List<string[]>();
        foreach (var table in tables)
        {
            anchors.Add([LabelText.Normalize(table.Caption)]);
            if (table.Layout == TableLayouts.Blocks) continue;
            string? group = null;
            foreach (var row in table.Rows)
            {
                if (row.Group is not null && row.Group != group) anchors.Add([LabelText.Normalize(row.Group)]);
                group = row.Group;
                anchors.Add([LabelText.Normalize(row.Label), .. renamed.Where(r => r.Value == row.Label).Select(r => LabelText.Normalize(r.Key))]);
            }
        }
        return anchors;
    }

    /// <summary>The first of the anchor's spellings found at or after <paramref name="from"/>, the format's own first.</summary>
    private static (int At, int Length) Find(string text, string[] spellings, int from)
    {
        foreach (var spelling in spellings)
        {
            var at = text.IndexOf(spelling, from, StringComparison.Ordinal);
            if (at >= 0) return (at, spelling.Length);
        }
        return (-1, 0);
    }

    private static void Split(string raw, List<(int Raw, int Length)> cuts, List<ReportLine> result)
    {
        if (cuts.Count == 0 || cuts[0].Raw > 0) Piece(null, raw[..(cuts.Count == 0 ? raw.Length : cuts[0].Raw)], result);
        for (var i = 0; i < cuts.Count; i++)
        {
            var end = i + 1 < cuts.Count ? cuts[i + 1].Raw : raw.Length;
            var labelEnd = Math.Min(cuts[i].Raw + cuts[i].Length, end);
            Piece(raw[cuts[i].Raw..labelEnd], raw[labelEnd..end], result);
        }
    }

    /// <summary>A label and the figures right after it as one row; the text after the figures, or text without a label, as a line ending in its own figures.</summary>
    private static void Piece(string? label, string rest, List<ReportLine> result)
    {
        if (label is not null)
        {
            var figures = LeadingFigures().Match(rest);
            result.Add(ReportLine.Parse(string.Join('\t', [label.Trim(), .. figures.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)])));
            rest = rest[figures.Length..];
        }
        if (rest.Trim().Length == 0) return;
        var trailing = TrailingFigures().Match(rest);
        result.Add(ReportLine.Parse(trailing.Success && trailing.Index > 0 ? $"{rest[..trailing.Index].Trim()}\t{string.Join('\t', trailing.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}" : rest.Trim()));
    }

    [GeneratedRegex(@"^[\s0-9.]*", RegexOptions.None, 1000)]
    private static partial Regex LeadingFigures();

    [GeneratedRegex(@"(?<=[^\s0-9.])[\s0-9.]*[0-9][\s0-9.]*$", RegexOptions.None, 1000)]
    private static partial Regex TrailingFigures();
}
