namespace ReportBot.Core.Checking;

/// <summary>
/// Cells run together by flattening (<c>801000081</c> for 80 | 1 | 0 | 0 | 0 | 0 | 81). A run is split only when the
/// split is certain: the run has exactly one way into that many figures (as many digits as cells), or exactly one of
/// its ways satisfies the row's own totals. Otherwise the row cannot be read, and no figure is guessed.
/// </summary>
internal static class GluedDigits
{
    // No count in an annual report has more digits; a longer cell would only multiply the ways to split.
    private const int MaxCellDigits = 7;

    // Beyond this many ways tried, the run is called unreadable rather than costing more time.
    private const int MaxTries = 200_000;

    public static bool IsRun(string cell) => cell.Length > 0 && cell.All(char.IsAsciiDigit);

    /// <summary>
    /// The digits of a row printed as fewer figures than it has cells (<c>801000081</c>, or <c>10 0 0 0 01</c> where
    /// crawled text spaces figures at random), when they are enough for every cell; null for a row with its cells
    /// (an empty cell between figures is a blank cell, not a glued one).
    /// </summary>
    public static string? Run(IReadOnlyList<string> cells, int count)
    {
        if (cells.Count == 0 || cells.Count >= count || !cells.All(IsRun)) return null;
        var run = string.Concat(cells);
        return run.Length >= count ? run : null;
    }

    /// <summary>Every way to split the run into <paramref name="count"/> figures, or null when there are more than <paramref name="max"/>.</summary>
    public static List<long[]>? All(string run, int count, int max)
    {
        if (!IsRun(run) || run.Length < count || run.Length > count * MaxCellDigits) return [];
        var all = new List<long[]>();
        var parts = new long[count];

        bool Walk(int part, int start)
        {
            var left = count - part;
            if (left == 0)
            {
                if (start != run.Length) return true;
                all.Add([.. parts]);
                return all.Count <= max;
            }
            var remaining = run.Length - start;
            var longest = run[start] == '0' ? 1 : Math.Min(MaxCellDigits, remaining - (left - 1));
            for (var length = Math.Max(1, remaining - ((left - 1) * MaxCellDigits)); length <= longest; length++)
            {
                parts[part] = long.Parse(run.AsSpan(start, length), System.Globalization.CultureInfo.InvariantCulture);
                if (!Walk(part + 1, start + length)) return false;
            }
            return true;
        }

        return Walk(0, 0) ? all : null;
    }

    /// <summary>The run's figures, or null when no split or more than one split satisfies <paramref name="balanced"/>.</summary>
    public static string[]? Split(string run, int count, Func<IReadOnlyList<long>, bool> balanced)
    {
        if (!IsRun(run) || run.Length < count || run.Length > count * MaxCellDigits) return null;
        if (run.Length == count) return [.. run.Select(c => c.ToString())];
        string[]? found = null;
        var satisfying = 0;
        var tries = 0;
        var parts = new long[count];
        var ends = new int[count];

        bool Walk(int part, int start)
        {
            if (++tries > MaxTries) return false;
            var left = count - part;
            if (left == 0)
            {
                if (start != run.Length || !balanced(parts)) return true;
                satisfying++;
                found = [.. Enumerable.Range(0, count).Select(i => run[(i == 0 ? 0 : ends[i - 1])..ends[i]])];
                return satisfying < 2;
            }
            var remaining = run.Length - start;
            // A figure never starts with 0 unless it is 0.
            var longest = run[start] == '0' ? 1 : Math.Min(MaxCellDigits, remaining - (left - 1));
            for (var length = Math.Max(1, remaining - ((left - 1) * MaxCellDigits)); length <= longest; length++)
            {
                parts[part] = long.Parse(run.AsSpan(start, length), System.Globalization.CultureInfo.InvariantCulture);
                ends[part] = start + length;
                if (!Walk(part + 1, start + length)) return false;
            }
            return true;
        }

        var finished = Walk(0, 0);
        return finished && satisfying == 1 ? found : null;
    }
}
