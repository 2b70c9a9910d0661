namespace ReportBot.Core.Documents;

/// <summary>
/// Widths of printed text in half-ems: a Chinese character or full-width sign is two, a digit or Latin letter in
/// Times New Roman about one. Enough to decide line breaks before any renderer sees the text.
/// </summary>
public static class TextWidth
{
    public static int HalfEms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var c in text) width += c < 0x2E80 && !IsFullWidthSign(c) ? 1 : 2;
        return width;
    }

    /// <summary>Signs below the CJK blocks that Chinese fonts still print a full em wide (“ ” — …).</summary>
    private static bool IsFullWidthSign(char c) => c is '“' or '”' or '‘' or '’' or '—' or '…' or '·' or '□' or '○';
}
