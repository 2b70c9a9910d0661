using System.Text.RegularExpressions;

namespace ReportBot.Core.Documents;

/// <summary>
/// Splits the title into lines by meaning (GB/T 9704 §7.3.3: 词意完整，排列对称): first between the organ's name and
/// its year or 政府信息公开工作年度报告, then, for names too long for a line, at the name's own parts (市 / 区 / 局 …).
/// Among the fewest lines that fit, the most balanced trapezoid or diamond wins; an hourglass and a line of one or
/// two characters never do. Deterministic: the same title always gives the same lines.
/// </summary>
public static partial class TitleLines
{
    /// <summary>二号 (22 pt) on the 156 mm type area: 20 characters, 40 half-ems.</summary>
    public const int LineHalfEms = 40;

    private const int MinLineChars = 3;

    // Where a name may break, by how much meaning the break cuts: 0 organ | year, up to 20 anywhere at all.
    private const int AfterOrganName = 0, AfterYear = 1, AfterOrgan = 2, AfterPlace = 3, BeforeBracket = 6;
    private const int InsideReportName = 8, Anywhere = 20;

    // Last characters of an administrative division (…市, …区) and of an organ (…局, …委员会, …办公室).
    private const string PlaceEnds = "省市州盟县区旗镇乡道";
    private const string OrganEnds = "府会室处局厅委办心院署部所站队";

    // An end that begins a word (市场监督管理局, 委员会, 人民政府办公室) or closes one that is no place (城市管理局).
    private static readonly string[] Begins = ["市场", "市政", "市容", "区域", "区划", "县域", "委员", "委会", "委托", "办公", "办事", "办理", "部门", "处理", "会议", "府办"];
    private static readonly string[] Closes = ["城市", "都市"];

    public static IReadOnlyList<string> Split(string title, string agency, int lineHalfEms = LineHalfEms)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(agency);
        if (TextWidth.HalfEms(title) <= lineHalfEms) return [title];
        var breaks = Breaks(title, agency.Length > 0 && title.StartsWith(agency, StringComparison.Ordinal) ? agency.Length : 0);
        return Best(title, breaks, lineHalfEms)
            ?? Best(title, [.. breaks, .. Enumerable.Range(1, title.Length - 1).Where(i => breaks.All(b => b.At != i)).Select(i => (i, Anywhere))], lineHalfEms)
            ?? [title];
    }

    /// <summary>Every place the title may break, with what breaking there costs.</summary>
    private static List<(int At, int Cost)> Breaks(string title, int agencyEnd)
    {
        var breaks = new List<(int At, int Cost)>();
        void Add(int at, int cost)
        {
            if (at <= 0 || at >= title.Length) return;
            var i = breaks.FindIndex(b => b.At == at);
            if (i < 0) breaks.Add((at, cost));
            else if (cost < breaks[i].Cost) breaks[i] = (at, cost);
        }

        for (var i = 1; i < agencyEnd; i++)
        {
            var pair = title.Substring(i - 1, 2);
            var before = title[i - 1];
            if (Begins.Contains(pair) || (i >= 2 && Closes.Contains(title.Substring(i - 2, 2)))) continue;
            if (title[i] == '（') Add(i, BeforeBracket);
            else if (before == '）') Add(i, AfterOrgan);
            else if (OrganEnds.Contains(before, StringComparison.Ordinal)) Add(i, AfterOrgan);
            else if (PlaceEnds.Contains(before, StringComparison.Ordinal)) Add(i, AfterPlace);
        }
        if (Year().Match(title, agencyEnd) is { Success: true } year)
        {
            Add(year.Index, year.Index == agencyEnd ? AfterOrganName : AfterYear);
            Add(year.Index + year.Length, AfterYear);
        }
        else Add(agencyEnd, AfterOrganName);
        var report = title.LastIndexOf("政府信息公开", StringComparison.Ordinal);
        if (report >= agencyEnd) Add(report + "政府信息公开".Length, InsideReportName);
        breaks.Sort();
        return breaks;
    }

    /// <summary>The cheapest split into the fewest lines that fit, or null when these breaks cannot make one.</summary>
    private static List<string>? Best(string title, List<(int At, int Cost)> breaks, int lineHalfEms)
    {
        for (var count = 1; count <= Math.Min(breaks.Count + 1, 6); count++)
        {
            List<string>? best = null;
            var bestCost = int.MaxValue;
            foreach (var chosen in Combinations(breaks, count))
            {
                var lines = Cut(title, chosen);
                if (lines.Any(l => TextWidth.HalfEms(l) > lineHalfEms || l.Length < MinLineChars)) continue;
                var cost = (10 * chosen.Sum(b => b.Cost)) + Shape(lines);
                if (cost < bestCost) (best, bestCost) = (lines, cost);
            }
            if (best is not null) return best;
        }
        return null;
    }

    /// <summary>Unbalanced lines cost their difference; a short line over a long pair a little, an hourglass a lot.</summary>
    private static int Shape(List<string> lines)
    {
        var widths = lines.Select(TextWidth.HalfEms).ToList();
        var cost = widths.Max() - widths.Min();
        if (widths.Count == 2 && widths[0] < widths[1]) cost += 4;
        for (var i = 1; i < widths.Count - 1; i++)
            if (widths[i] < widths[i - 1] && widths[i] < widths[i + 1]) cost += 20;
        return cost;
    }

    private static List<string> Cut(string title, IReadOnlyList<(int At, int Cost)> chosen)
    {
        var lines = new List<string>();
        var start = 0;
        foreach (var (at, _) in chosen)
        {
            lines.Add(title[start..at]);
            start = at;
        }
        lines.Add(title[start..]);
        return lines;
    }

    private static IEnumerable<List<(int At, int Cost)>> Combinations(List<(int At, int Cost)> breaks, int lines)
    {
        if (lines == 1)
        {
            yield return [];
            yield break;
        }
        for (var i = 0; i < breaks.Count; i++)
            foreach (var rest in Combinations(breaks[(i + 1)..], lines - 1))
                yield return [breaks[i], .. rest];
    }

    [GeneratedRegex(@"\d{4}年度?")]
    private static partial Regex Year();
}
