using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>A table row typed as one message: the typed cells in column order, and an optional total to check.</summary>
public sealed record RowAnswer(IReadOnlyList<long> Values, long? DeclaredTotal);

public static partial class RowParser
{
    /// <summary>
    /// Reads <paramref name="count"/> integers separated by spaces, 、 or ；. Commas group thousands unless only a
    /// comma split gives the right count. A single 0 stands for a whole row of zeros.
    /// </summary>
    public static Parsed<RowAnswer> Parse(string raw, int count, bool allowTotal)
    {
        if (count == 1)
        {
            var one = NumberParser.ParseInteger(raw);
            return one.Ok ? Parsed<RowAnswer>.Success(new([one.Value], null)) : Parsed<RowAnswer>.Fail(one.Error!);
        }
        var s = NumberParser.Normalize(raw);
        if (s.Length > 300) return Parsed<RowAnswer>.Fail(ParseTexts.RowCount(count, allowTotal, -1));
        if (s == "0") return Parsed<RowAnswer>.Success(new(new long[count], null));

        // "1, 2, 3": a comma followed by a space separates; "1,234" (a comma and exactly three digits) groups thousands.
        s = Thousands().Replace(CommaSpace().Replace(s, " "), "");
        var tokens = Separators().Split(s).Where(t => t.Length > 0).ToList();
        // What is not a number is named rather than counted: "abc" is not "one number".
        var words = tokens.SelectMany(t => t.Split(',')).Where(t => t.Length > 0 && NumberParser.ParseInteger(t).Error == ParseTexts.IntegerExpected).ToList();
        if (words.Count > 0 && !Fits(tokens.Count, count, allowTotal)) return Parsed<RowAnswer>.Fail(ParseTexts.NotNumbers(words, count));
        if (!Fits(tokens.Count, count, allowTotal))
        {
            var byComma = tokens.SelectMany(t => t.Split(',')).Where(t => t.Length > 0).ToList();
            if (Fits(byComma.Count, count, allowTotal)) tokens = byComma;
        }
        if (!Fits(tokens.Count, count, allowTotal)) return Parsed<RowAnswer>.Fail(ParseTexts.RowCount(count, allowTotal, tokens.Count));

        var values = new List<long>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var n = NumberParser.ParseInteger(tokens[i]);
            if (!n.Ok) return Parsed<RowAnswer>.Fail(ParseTexts.RowItem(i + 1, tokens[i], n.Error!));
            values.Add(n.Value);
        }
        long? total = values.Count > count ? values[count] : null;
        return Parsed<RowAnswer>.Success(new(values.Take(count).ToList(), total));
    }

    private static bool Fits(int tokens, int count, bool allowTotal) => tokens == count || (allowTotal && tokens == count + 1);

    [GeneratedRegex(@"[\s、;|/]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")]
    private static partial Regex Thousands();

    [GeneratedRegex(@",\s+")]
    private static partial Regex CommaSpace();
}
