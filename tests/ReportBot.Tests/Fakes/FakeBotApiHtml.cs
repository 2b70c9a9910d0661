using System.Globalization;
using System.Text;

namespace ReportBot.Tests.Fakes;

/// <summary>
/// Telegram's HTML parse mode, as far as a bot can notice it: the tags it accepts, the entities it decodes, the
/// "can't parse entities" errors it returns, and the plain text it stores.
/// </summary>
internal static class FakeBotApiHtml
{
    private static readonly HashSet<string> Tags = new(StringComparer.Ordinal)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
        "blockquote", "tg-emoji",
    };

    /// <summary>The text without tags and with entities decoded, or the error Telegram would describe.</summary>
    public static (string? Text, string? Error) Parse(string html)
    {
        var text = new StringBuilder(html.Length);
        var open = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&')
            {
                i = Entity(html, i, text);
                continue;
            }

            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            var offset = Encoding.UTF8.GetByteCount(html.AsSpan(0, i));
            var close = html.IndexOf('>', i);
            if (close < 0)
            {
                return (null, $"Unclosed start tag at byte offset {offset}");
            }

            var tag = html[(i + 1)..close];
            var name = tag.TrimStart('/').Split(' ', '\t', '\n', '/')[0].ToLowerInvariant();
            if (tag.StartsWith('/'))
            {
                if (open.Count == 0 || !string.Equals(open.Peek(), name, StringComparison.Ordinal))
                {
                    return (null, $"Unexpected end tag at byte offset {offset}");
                }

                open.Pop();
            }
            else if (!Tags.Contains(name))
            {
                return (null, $"Unsupported start tag \"{name}\" at byte offset {offset}");
            }
            else
            {
                open.Push(name);
            }

            i = close + 1;
        }

        return open.Count > 0
            ? (null, $"Can't find end tag corresponding to start tag \"{open.Peek()}\"")
            : (text.ToString(), null);
    }

    private static int Entity(string html, int start, StringBuilder text)
    {
        var end = html.IndexOf(';', start);
        var name = end > start ? html[(start + 1)..end] : "";
        string? decoded = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            _ when name.StartsWith("#x", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) && Rune.IsValid(hex) => char.ConvertFromUtf32(hex),
            _ when name.StartsWith('#')
                && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var dec) && Rune.IsValid(dec) => char.ConvertFromUtf32(dec),
            _ => null,
        };
        if (decoded is null)
        {
            // Telegram keeps an '&' that starts no entity as it is.
            text.Append('&');
            return start + 1;
        }

        text.Append(decoded);
        return end + 1;
    }
}
