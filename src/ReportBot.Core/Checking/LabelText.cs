using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Checking;

/// <summary>
/// Labels as published reports print them, made comparable with the format's: full-width forms to ASCII, no spaces,
/// no quotes, one way of numbering (<c>1、</c> → <c>1.</c>, <c>一.</c> → <c>一、</c>).
/// </summary>
internal static partial class LabelText
{
    public static string Normalize(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c) && !IsIgnored(c)) kept.Append(c);
        }
        s = ItemNumber().Replace(kept.ToString(), "$1.");
        return PartNumber().Replace(s, "$1、");
    }

    /// <summary>The label without its numbering: <c>1.属于国家秘密</c> → <c>属于国家秘密</c>, <c>(一)予以公开</c> → <c>予以公开</c>.</summary>
    public static string WithoutNumber(string normalized) => Numbering().Replace(normalized, "");

    /// <summary>Whether a normalized cell names the label: exactly, at its end (cells merged in flattening), or without numbering.</summary>
    public static bool Names(string cell, string label)
    {
        if (cell.Length == 0) return false;
        if (cell == label || cell.EndsWith(label, StringComparison.Ordinal)) return true;
        // Bare names of two characters (其他, 总计) are column headers too; only longer ones are safe without their number.
        var bare = WithoutNumber(label);
        return bare.Length > 2 && bare != label && WithoutNumber(cell) == bare;
    }

    /// <summary>1 for equal texts, 0 for nothing in common: one minus the edit distance over the longer length.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return a.Length == b.Length ? 1 : 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return 1 - ((double)previous[b.Length] / Math.Max(a.Length, b.Length));
    }

    // Quotes vary (“三安全一稳定” or "三安全一稳定" or none); zero-width characters come with text copied from web pages.
    private static bool IsIgnored(char c) => c is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF';

    [GeneratedRegex(@"(?<![0-9.])([0-9]{1,2})[、,](?=\D)")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})[.,:、](?=\D)")]
    private static partial Regex PartNumber();

    [GeneratedRegex(@"^(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}\.)+")]
    private static partial Regex Numbering();
}
