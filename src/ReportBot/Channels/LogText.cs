using System.Globalization;
using System.Text;

namespace ReportBot.Channels;

/// <summary>Text from users made safe for a log line: control characters (\r, \n, ESC…) are written as escapes.</summary>
public static class LogText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsUnsafe)) return text ?? "";
        var safe = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!IsUnsafe(c)) safe.Append(c);
            else if (c == '\r') safe.Append("\\r");
            else if (c == '\n') safe.Append("\\n");
            else if (c == '\t') safe.Append("\\t");
            else safe.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return safe.ToString();
    }

    // Controls, and the line/paragraph separators and bidi overrides that can also rearrange a line on screen.
    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
}
