using System.Text.RegularExpressions;

namespace ReportBot.Core.Checking.Repairs;

/// <summary>
/// Layout repair: text taken from a PDF keeps each page's number where the page ended, often in the middle of a table
/// (<c>— 4 —</c>, <c>- 4 -</c>, <c>第4页</c>, <c>4/12</c>). Such a line is no part of the report: it is dropped, so a
/// table's figures one per line run on over the page break. A bare number is kept: it may be a cell.
/// </summary>
internal static partial class PageNumbersInsideTables
{
    public static List<string> Apply(IReadOnlyList<string> lines) => [.. lines.Where(l => !PageNumber().IsMatch(l))];

    [GeneratedRegex(@"^\s*(?:[-—–－]+\s*[0-9]{1,4}\s*[-—–－]+|第\s*[0-9]{1,4}\s*页(?:\s*[,，/／]?\s*共\s*[0-9]{1,4}\s*页)?|[0-9]{1,4}\s*[/／]\s*[0-9]{1,4})\s*$", RegexOptions.None, 1000)]
    private static partial Regex PageNumber();
}
