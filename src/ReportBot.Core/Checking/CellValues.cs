using ReportBot.Core.Answers;

namespace ReportBot.Core.Checking;

/// <summary>What a table cell of a published report holds.</summary>
internal enum CellKind
{
    /// <summary>Nothing at all: padding from flattening, or a value left out.</summary>
    Empty,

    /// <summary>A mark standing for "nothing" (/, -, —, 无): a blank value.</summary>
    Blank,

    Number,

    /// <summary>Anything else: a label or a header.</summary>
    Text,
}

/// <summary>Cell texts as values: numbers the way <see cref="NumberParser"/> reads typed answers, blanks as null.</summary>
internal static class CellValues
{
    private static readonly HashSet<string> BlankMarks = new(StringComparer.Ordinal)
    {
        "/", "-", "--", "—", "——", "–", "无", "\\", "╱",
    };

    public static CellKind Kind(string cell)
    {
        var s = NumberParser.Normalize(cell);
        if (s.Length == 0) return CellKind.Empty;
        if (BlankMarks.Contains(s)) return CellKind.Blank;
        return NumberParser.ParseInteger(s).Ok || PublishedFee(s) is not null ? CellKind.Number : CellKind.Text;
    }

    public static bool IsValue(string cell) => Kind(cell) is not CellKind.Text;

    /// <summary>The cell's value for a table of <paramref name="fee"/> amounts or of counts; null when blank or unreadable.</summary>
    public static decimal? Value(string? cell, bool fee)
    {
        if (cell is null || Kind(cell) is not CellKind.Number) return null;
        if (fee) return PublishedFee(cell);
        return NumberParser.ParseInteger(cell) is { Ok: true } count ? count.Value : null;
    }

    /// <summary>
    /// A fee as published: what the interview accepts, or 万元 with up to 6 decimals (<c>24252.311082</c>, i.e. to the
    /// cent), which reports print though the interview keeps 4.
    /// </summary>
    private static decimal? PublishedFee(string cell)
    {
        if (NumberParser.ParseFee(cell) is { Ok: true } amount) return amount.Value;
        var s = NumberParser.Normalize(cell);
        if (s.EndsWith("万元", StringComparison.Ordinal)) s = s[..^2];
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        if (dot is < 1 or > 12 || s.Length - dot - 1 is < 5 or > 6 || !s.Remove(dot, 1).All(char.IsAsciiDigit)) return null;
        return decimal.Parse(s, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The <paramref name="count"/> values among the cells that follow a row's label. Flattening pads rows with empty
    /// cells on either side, so when there are more cells than values the trailing empty ones go and the values are
    /// the last cells left; fewer cells than values leave the missing ones null at the end.
    /// </summary>
    public static IReadOnlyList<string?> Align(IReadOnlyList<string> cells, int count)
    {
        if (cells.Count == count) return [.. cells];
        var end = cells.Count;
        while (end > 0 && cells[end - 1].Length == 0) end--;
        if (end >= count) return [.. cells.Take(end).Skip(end - count)];
        return [.. cells.Take(end), .. Enumerable.Repeat<string?>(null, count - end)];
    }
}
