using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Rules;

/// <summary>
/// How alike two narratives are, as the Dice coefficient of their character bigrams after normalising: full-width
/// forms folded, whitespace, punctuation and symbols dropped, and year numbers (2023, 二〇二三) removed, so that last
/// year's text with only the year changed counts as the same text.
/// </summary>
public static partial class TextSimilarity
{
    public static string Normalize(string text)
    {
        var folded = Year().Replace(text.Normalize(NormalizationForm.FormKC), "");
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))) kept.Append(c);
        return kept.ToString();
    }

    /// <summary>2·|common bigrams| / (|bigrams of a| + |bigrams of b|), counting repeats; 0 when either is too short to have one.</summary>
    public static double Dice(string a, string b)
    {
        var (x, y) = (Normalize(a), Normalize(b));
        if (x.Length < 2 || y.Length < 2) return 0;
        var counts = new Dictionary<(char, char), int>();
        for (var i = 0; i + 1 < x.Length; i++) counts[(x[i], x[i + 1])] = counts.GetValueOrDefault((x[i], x[i + 1])) + 1;
        var common = 0;
        for (var i = 0; i + 1 < y.Length; i++)
        {
            var bigram = (y[i], y[i + 1]);
            if (counts.GetValueOrDefault(bigram) is > 0 and var n)
            {
                counts[bigram] = n - 1;
                common++;
            }
        }
        return 2.0 * common / (x.Length - 1 + y.Length - 1);
    }

    // A year as written in a report: four Arabic digits from 1900 to 2099, or four Chinese numerals before 年.
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)|[〇零一二三四五六七八九]{4}(?=年)")]
    private static partial Regex Year();
}
