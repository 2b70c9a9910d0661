using ReportBot.Core.Answers;

namespace ReportBot.Core.Interviews;

/// <summary>
/// When two 机关 names are the same body: equal once spaces and full-width forms are set aside, or one the other
/// with the city or province in front (洪泽区人民政府 and 淮安市洪泽区人民政府).
/// </summary>
public static class AgencyNames
{
    // A bare 人民政府 or 人防办 names no one body; a name near another must say whose it is.
    private const int ShortestNear = 5;

    public static string Key(string name) => NumberParser.Normalize(name).Replace(" ", "", StringComparison.Ordinal);

    public static bool Same(string a, string b) => Key(a) == Key(b);

    public static bool Near(string a, string b)
    {
        var (x, y) = (Key(a), Key(b));
        if (x == y) return true;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length < ShortestNear || !longer.EndsWith(shorter, StringComparison.Ordinal)) return false;
        // Only a whole administrative prefix counts: 淮安市 before 洪泽区…, not any few characters.
        var prefix = longer[..^shorter.Length];
        return prefix.Length >= 2 && AdministrativeEnds.Contains(prefix[^1], StringComparison.Ordinal);
    }

    /// <summary>
    /// What every name near this one shares: its shortest tail (of at least 5 characters) that follows an
    /// administrative character (淮安市洪泽区人民政府 → 洪泽区人民政府), else the whole name. Near names always have the same
    /// core, so a store can find the candidates by one indexed value and then ask <see cref="Near"/>.
    /// </summary>
    public static string Core(string name)
    {
        var key = Key(name);
        for (var start = key.Length - ShortestNear; start >= 1; start--)
            if (AdministrativeEnds.Contains(key[start - 1], StringComparison.Ordinal)) return key[start..];
        return key;
    }

    private const string AdministrativeEnds = "省市区县州盟旗";

    /// <summary>The known names that are near <paramref name="name"/> but not the same, in the order given.</summary>
    public static List<string> NearButNotSame(string name, IEnumerable<string> known) =>
        known.Where(k => !Same(k, name) && Near(k, name)).ToList();
}
