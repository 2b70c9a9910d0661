using System.Globalization;
using ReportBot.Core.Interviews;

namespace ReportBot.Conversations;

/// <summary>Why a report is on the coordinator's list.</summary>
[Flags]
public enum Attention { None = 0, NotStarted = 1, Stuck = 2, Overdue = 4, Status = 8, Errors = 16 }

/// <summary>
/// What <c>/status</c> was asked for: filter words (未开始, 停滞, 逾期, 错误, any status name such as 已提交 or a part of
/// one such as 退回, a year) and a page. Carried in the page buttons as its own words, so a press shows the same list.
/// </summary>
public sealed record StatusQuery(Attention Reasons, IReadOnlyList<ReportStatus> Statuses, int? Year, int Page, IReadOnlyList<string> Words)
{
    public const string PagePrefix = "status:";

    private static readonly Dictionary<string, Attention> ReasonWords = new(StringComparer.Ordinal)
    {
        ["未开始"] = Attention.NotStarted,
        ["停滞"] = Attention.Stuck,
        ["逾期"] = Attention.Overdue,
        ["错误"] = Attention.Errors,
    };

    public static readonly StatusQuery Everything = new(Attention.None, [], null, 1, []);

    /// <summary>True when the words narrow the list; without any, the list is the reports needing attention.</summary>
    public bool Filtered => Reasons != Attention.None || Statuses.Count > 0;

    /// <summary>The query of a command's words, or null with the word that is not a filter.</summary>
    public static (StatusQuery? Query, string? Unknown) Parse(IReadOnlyList<string> words, int page = 1)
    {
        var reasons = Attention.None;
        var statuses = new List<ReportStatus>();
        int? year = null;
        foreach (var word in words)
        {
            if (ReasonWords.TryGetValue(word, out var reason)) reasons |= reason;
            else if (word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 2000 and < 2100) year = y;
            else if (Enum.GetValues<ReportStatus>().Where(s => Named(s, word)).ToList() is { Count: > 0 } named) statuses.AddRange(named);
            else return (null, word);
        }
        return (new StatusQuery(reasons, statuses, year, Math.Max(1, page), words), null);
    }

    /// <summary>A page button's choice: <c>status:2:逾期,2023</c> (well under Telegram's 64 bytes for a few words).</summary>
    public string PageChoice(int page) => $"{PagePrefix}{page.ToString(CultureInfo.InvariantCulture)}:{string.Join(',', Words)}";

    /// <summary>The query of a page button's choice, or null if it is not one.</summary>
    public static StatusQuery? FromChoice(string choice)
    {
        if (!choice.StartsWith(PagePrefix, StringComparison.Ordinal)) return null;
        var parts = choice[PagePrefix.Length..].Split(':', 2);
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var page)) return null;
        var words = parts.Length > 1 ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
        return Parse(words, page).Query;
    }

    public bool Matches(ReportStatus status, int year, Attention reasons) =>
        (Year is null || Year == year)
        && (Statuses.Count == 0 || Statuses.Contains(status))
        && (Reasons & ~Attention.Errors) is var wanted && (wanted == Attention.None || (reasons & wanted) != Attention.None);

    private static bool Named(ReportStatus status, string word) =>
        ConversationTexts.StatusName(status) is var name && (name == word || (word.Length >= 2 && name.Contains(word, StringComparison.Ordinal)));
}
