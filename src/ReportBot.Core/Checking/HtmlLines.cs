using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Checking;

/// <summary>
/// A saved web page (where most reports are published) as text like a browser's copy: block elements on lines of
/// their own, table cells separated by tabs. A cell spanning columns comes after empty ones (its tabs go before it),
/// which matching rows by label and taking values from the right does not mind.
/// </summary>
internal static partial class HtmlLines
{
    public static bool IsHtml(string text) => HtmlStart().IsMatch(text);

    public static string ToText(string html)
    {
        // Line breaks in the source mean nothing, as in a browser: a row written over several lines is one row.
        var text = Whitespace().Replace(Invisible().Replace(html, ""), " ");
        text = CellStart().Replace(text, match => new string('\t', Span(match.Groups["attributes"].Value)));
        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, "");
        return WebUtility.HtmlDecode(text);
    }

    /// <summary>One tab before a cell and one more for each column it spans past its first.</summary>
    private static int Span(string attributes) =>
        ColSpan().Match(attributes) is { Success: true } span && int.TryParse(span.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? Math.Clamp(n, 1, 50) : 1;

    [GeneratedRegex(@"^\s*(<\?xml[^>]*>\s*)?<(!doctype\s+html|html|head|body|meta|table|div|p)[\s>]", RegexOptions.IgnoreCase, 2000)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline, 2000)]
    private static partial Regex Invisible();

    // Closing tags are optional in HTML, so cells are separated where the next one starts.
    [GeneratedRegex(@"<t[dh](?<attributes>\s[^>]*)?>", RegexOptions.IgnoreCase, 2000)]
    private static partial Regex CellStart();

    [GeneratedRegex(@"<br\b[^>]*>|</?(p|div|tr|h[1-6]|li|table|section|article|title)\b[^>]*>", RegexOptions.IgnoreCase, 2000)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"\s+", RegexOptions.None, 2000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, 2000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"colspan\s*=\s*[""']?(\d+)", RegexOptions.IgnoreCase, 2000)]
    private static partial Regex ColSpan();
}
