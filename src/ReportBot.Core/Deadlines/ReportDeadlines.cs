using System.Globalization;

namespace ReportBot.Core.Deadlines;

/// <summary>Whose report it is, as far as its deadline goes: a department's own, or a people's government's.</summary>
public enum ReportKind { Department, PeoplesGovernment }

/// <summary>
/// When a report is due: a department's by 31 January of the next year, a people's government's (人民政府) by
/// 31 March (条例 第五十条). The kind is read from the 机关名称, the one thing <c>/new</c> asks.
/// </summary>
public static class ReportDeadlines
{
    private static readonly string[] Formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    public static ReportKind KindOf(string agency) =>
        agency.Trim().EndsWith("人民政府", StringComparison.Ordinal) ? ReportKind.PeoplesGovernment : ReportKind.Department;

    public static DateOnly DefaultFor(string agency, int year) =>
        KindOf(agency) == ReportKind.PeoplesGovernment ? new DateOnly(year + 1, 3, 31) : new DateOnly(year + 1, 1, 31);

    /// <summary>A date as people type it: <c>2025-01-31</c>, <c>2025/1/31</c>, <c>2025.1.31</c>, <c>2025年1月31日</c>.</summary>
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>How the deadline reads in chat: <c>2025年1月31日（还有3天）</c> or <c>（已逾期2天）</c>.</summary>
    public static string Describe(DateOnly deadline, DateOnly today)
    {
        var left = deadline.DayNumber - today.DayNumber;
        var when = left switch
        {
            > 0 => $"还有{left}天",
            0 => "今天截止",
            _ => $"已逾期{-left}天",
        };
        return $"{deadline.Year}年{deadline.Month}月{deadline.Day}日（{when}）";
    }
}
