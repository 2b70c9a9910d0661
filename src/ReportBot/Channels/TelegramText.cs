namespace ReportBot.Channels;

/// <summary>Telegram's limits on what one message may hold, and splitting long text to fit them.</summary>
public static class TelegramText
{
    public const int MaxMessage = 4096;
    public const int MaxCaption = 1024;

    /// <summary>
    /// Pieces of at most <paramref name="max"/> characters, cut at a blank line where possible, else at a line
    /// break, else hard. The limit is measured on the escaped HTML, which is what Telegram counts.
    /// </summary>
    public static List<string> Split(string text, int max = MaxMessage)
    {
        var pieces = new List<string>();
        var rest = text;
        while (Escaped(rest) > max)
        {
            var cut = LastFitting(rest, "\n\n", max) ?? LastFitting(rest, "\n", max) ?? HardCut(rest, max);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n');
        }
        if (rest.Length > 0 || pieces.Count == 0) pieces.Add(rest);
        return pieces;
    }

    private static int Escaped(string s) => Telegram.Bot.Extensions.HtmlText.Escape(s).Length;

    private static int? LastFitting(string text, string separator, int max)
    {
        int? best = null;
        for (var at = text.IndexOf(separator, StringComparison.Ordinal); at > 0; at = text.IndexOf(separator, at + 1, StringComparison.Ordinal))
        {
            if (Escaped(text[..at]) > max) break;
            best = at;
        }
        return best;
    }

    private static int HardCut(string text, int max)
    {
        var cut = Math.Min(text.Length, max);
        while (cut > 1 && Escaped(text[..cut]) > max) cut -= Math.Max(1, (Escaped(text[..cut]) - max) / 5);
        // Never split a surrogate pair.
        return char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }
}
