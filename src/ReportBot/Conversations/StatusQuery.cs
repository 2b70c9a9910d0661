using System.Globalization;
using ReportBot.Core.Interviews;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>
/// What <c>/status</c> was asked for: filter words (未开始, 停滞, 逾期, 错误, any status name such as 已提交 or a part of
/// one such as 退回, a year) and a page. A page button carries it as numbers (<c>status:2:4:1:2023</c>), so its data
/// stays within Telegram's 64 bytes however many words were typed.
/// </summary>
public sealed record StatusQuery(Attention Reasons, IReadOnlyList<ReportStatus> Statuses, int? Year, int Page)
{
    public const string PagePrefix = "status:";

    private static readonly (string Word, Attention Reason)[] ReasonWords =
        [("未开始", Attention.NotStarted), ("停滞", Attention.Stuck), ("逾期", Attention.Overdue), ("错误", Attention.Errors)];

    /// <summary>True when the words narrow the list; without any, the list is the reports needing attention.</summary>
    public bool Filtered => Reasons != Attention.None || Statuses.Count > 0;

    /// <summary>The filter as words again, for the list's title.</summary>
    public IReadOnlyList<string> Words =>
        [.. ReasonWords.Where(r => Reasons.HasFlag(r.Reason)).Select(r => r.Word), .. Statuses.Select(ConversationTexts.StatusName),
         .. Year is { } y ? [y.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>()];

    /// <summary>The query of a command's words, or null with the word that is not a filter.</summary>
    public static (StatusQuery? Query, string? Unknown) Parse(IReadOnlyList<string> words)
    {
        var reasons = Attention.None;
        var statuses = new List<ReportStatus>();
        int? year = null;
        foreach (var word in words)
        {
            if (ReasonWords.FirstOrDefault(r => r.Word == word) is { Word: not null } reason) reasons |= reason.Reason;
            else if (word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 2000 and < 2100) year = y;
            else if (Enum.GetValues<ReportStatus>().Where(s => Named(s, word)).ToList() is { Count: > 0 } named) statuses.AddRange(named);
            else return (null, word);
        }
        return (new StatusQuery(reasons, statuses.Distinct().ToList(), year, 1), null);
    }

    /// <summary>A page button's choice: page, reasons, statuses and year as numbers.</summary>
    public string PageChoice(int page) => string.Join(':', PagePrefix + page.ToString(CultureInfo.InvariantCulture), ((int)Reasons).ToString(CultureInfo.InvariantCulture),
        string.Join('.', Statuses.Select(s => ((int)s).ToString(CultureInfo.InvariantCulture))), Year?.ToString(CultureInfo.InvariantCulture) ?? "");

    /// <summary>The query of a page button's choice, or null if it is not one.</summary>
    public static StatusQuery? FromChoice(string choice)
    {
        if (!choice.StartsWith(PagePrefix, StringComparison.Ordinal)) return null;
        var parts = choice[PagePrefix.Length..].Split(':');
        if (parts.Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var reasons)) return null;
        var statuses = parts[2].Split('.', StringSplitOptions.RemoveEmptyEntries).Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? (ReportStatus?)v : null)
            .Where(s => s is { } v && Enum.IsDefined(v)).Select(s => s!.Value).ToList();
        int? year = int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        return new StatusQuery((Attention)reasons, statuses, year, Math.Max(1, page));
    }

    private static bool Named(ReportStatus status, string word) =>
        ConversationTexts.StatusName(status) is var name && (name == word || (word.Length >= 2 && name.Contains(word, StringComparison.Ordinal)));
}
