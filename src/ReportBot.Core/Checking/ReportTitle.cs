using System.Globalization;
using System.Text.RegularExpressions;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Checking;

/// <summary>The agency and year from the title line, <c>{机关名称}{年度}年政府信息公开工作年度报告</c>, spaces allowed.</summary>
internal static class ReportTitle
{
    public static (string? Agency, int? Year) Find(ReportFormat format, IReadOnlyList<ReportLine> lines)
    {
        var title = Pattern(format);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsTableRow || title.Match(lines[i].Normalized) is not { Success: true } match) continue;
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var agency = Agency(match.Groups["agency"].Value);
            // A title set on two lines (the agency above, the year and the rest below).
            if (agency is null && Previous(lines, i) is { } above) agency = Agency(above.Normalized);
            return (agency, year);
        }
        return Joined(title, lines);
    }

    /// <summary>A title set on two or three lines broken anywhere (焦作市人防办2023年 / 政府信息公开工作年度报告).</summary>
    private static (string? Agency, int? Year) Joined(Regex title, IReadOnlyList<ReportLine> lines)
    {
        for (var count = 2; count <= 3; count++)
        {
            for (var i = 0; i + count <= lines.Count; i++)
            {
                var part = lines.Skip(i).Take(count).ToList();
                // Title lines are short: a sentence above the title is not part of it.
                if (part.Any(l => l.IsTableRow || l.Normalized.Length is 0 or > 30)) continue;
                if (title.Match(string.Concat(part.Select(l => l.Normalized))) is not { Success: true } match) continue;
                return (Agency(match.Groups["agency"].Value), int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
            }
        }
        return (null, null);
    }

    /// <summary>
    /// The format's title as a pattern over normalized text (no spaces). Reports also write <c>2023年度</c>, and web
    /// pages put <c>标题：</c> before it, which is left out of the agency.
    /// </summary>
    private static Regex Pattern(ReportFormat format)
    {
        var parts = Regex.Split(format.Title, @"(\{agency\}|\{year\})").Select(part => part switch
        {
            "{agency}" => "(?<agency>.*?)",
            "{year}" => "(?<year>[0-9]{4})",
            _ => Regex.Escape(LabelText.Normalize(part)),
        });
        var pattern = string.Concat(parts).Replace("(?<year>[0-9]{4})年", "(?<year>[0-9]{4})年度?", StringComparison.Ordinal);
        return new Regex($"^{pattern}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string? Agency(string text)
    {
        var name = text[(text.LastIndexOf(':') + 1)..];
        return name.Length is > 0 and <= 60 ? name : null;
    }

    private static ReportLine? Previous(IReadOnlyList<ReportLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].Normalized.Length > 0) return lines[i].IsTableRow ? null : lines[i];
        }
        return null;
    }
}
