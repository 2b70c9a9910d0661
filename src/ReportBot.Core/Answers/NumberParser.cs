using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>
/// Reads numbers the way staff type them on Chinese keyboards: full-width digits, thousands separators,
/// a trailing unit such as 件; fees in 万元 or 元. Anything else is refused with the expected form and an example.
/// </summary>
public static partial class NumberParser
{
    private const int MaxDigits = 12;

    public static Parsed<long> ParseInteger(string raw)
    {
        var s = Normalize(raw);
        if (s.Length == 0) return Parsed<long>.Fail(ParseTexts.IntegerExpected);
        if (s.Length > 40) return Parsed<long>.Fail(ParseTexts.IntegerExpected);
        s = UnitSuffix().Replace(s, "");
        if (s.StartsWith('-') || s.StartsWith('负')) return Parsed<long>.Fail(ParseTexts.NoNegatives);
        if (Grouped().IsMatch(s)) s = s.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (Decimal().IsMatch(s)) return Parsed<long>.Fail(ParseTexts.NoDecimals);
        if (!Digits().IsMatch(s)) return Parsed<long>.Fail(ParseTexts.IntegerExpected);
        s = s.TrimStart('0');
        if (s.Length > MaxDigits) return Parsed<long>.Fail(ParseTexts.TooLarge);
        return Parsed<long>.Success(s.Length == 0 ? 0 : long.Parse(s, CultureInfo.InvariantCulture));
    }

    /// <summary>A fee in 万元 (up to 4 decimals), or in 元 with the 元 unit (<c>8880113元</c> → 888.0113).</summary>
    public static Parsed<decimal> ParseFee(string raw)
    {
        var s = Normalize(raw);
        if (s.Length is 0 or > 40) return Parsed<decimal>.Fail(ParseTexts.FeeExpected);
        if (s.StartsWith('-') || s.StartsWith('负')) return Parsed<decimal>.Fail(ParseTexts.NoNegativeFee);
        var inYuan = false;
        if (s.EndsWith("万元", StringComparison.Ordinal)) s = s[..^2];
        else if (s.EndsWith('万')) s = s[..^1];
        else if (s.EndsWith('元'))
        {
            s = s[..^1];
            inYuan = true;
        }
        s = s.Trim();
        if (GroupedDecimal().IsMatch(s)) s = s.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (!Digits().IsMatch(s) && !Decimal().IsMatch(s)) return Parsed<decimal>.Fail(ParseTexts.FeeExpected);
        if (s.Split('.')[0].TrimStart('0').Length > MaxDigits) return Parsed<decimal>.Fail(ParseTexts.TooLarge);
        var value = decimal.Parse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (inYuan)
        {
            value /= 10000m;
            if (value.Scale > 4 && value != Math.Round(value, 4)) return Parsed<decimal>.Fail(ParseTexts.YuanPrecision);
        }
        else if (value != Math.Round(value, 4))
        {
            return Parsed<decimal>.Fail(ParseTexts.FeePrecision);
        }
        else if (value.Scale > 4)
        {
            value = Math.Round(value, 4);
        }
        return Parsed<decimal>.Success(value);
    }

    /// <summary>Full-width forms to ASCII (NFKC), ideographic spaces to spaces, trimmed.</summary>
    public static string Normalize(string raw) =>
        raw.Normalize(NormalizationForm.FormKC).Replace('\u3000', ' ').Trim();

    // [0-9], not \d: \d also matches digits of other scripts, which NFKC leaves as they are and Parse refuses.
    [GeneratedRegex(@"^[0-9]+$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^[0-9]{1,3}([, ][0-9]{3})+$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^[0-9]{1,3}([, ][0-9]{3})+(\.[0-9]+)?$")]
    private static partial Regex GroupedDecimal();

    [GeneratedRegex(@"\s*(件|个|项|次|条|起)$")]
    private static partial Regex UnitSuffix();
}
