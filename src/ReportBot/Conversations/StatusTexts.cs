using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>What the coordinator's overview says (Simplified Chinese), in one place.</summary>
public static class StatusTexts
{
    public const string Previous = "◀ 上一页", Next = "下一页 ▶", ExportAll = "📦 导出全部", ExportChoice = "desk:export";

    public static string Title(int total, int? year) => $"📊 填报情况（{(year is { } y ? $"{y}年度，" : "")}共{total}份报告）";

    public static string AttentionCounts(int notStarted, int stuck, int stuckDays, int overdue, IReadOnlyList<(string Status, int Count)> statuses) =>
        $"需要关注：未开始 {notStarted} · 停滞{stuckDays}天以上 {stuck} · 逾期 {overdue}" + string.Concat(statuses.Select(s => $" · {s.Status} {s.Count}"));

    public static string ListTitle(StatusQuery query, int count, int page, int pages) =>
        (query.Filtered ? $"筛选“{string.Join(' ', query.Words)}”：{count}份" : $"需要关注的{count}份报告，最久没有进展的在前") + (pages > 1 ? $"（第{page}/{pages}页）：" : "：");

    public static string Tags(Attention reasons, int stuckDays)
    {
        var tags = new List<string>();
        if (reasons.HasFlag(Attention.NotStarted)) tags.Add("未开始");
        else if (reasons.HasFlag(Attention.Stuck)) tags.Add($"{stuckDays}天以上无进展");
        return tags.Count == 0 ? "" : $" · {string.Join(" · ", tags)}";
    }

    public static string UnknownFilter(string word) =>
        $"不认识的筛选条件“{word}”。可用：未开始、停滞、逾期、错误、状态（如 已提交、填写中）、年度（如 2023），可组合，例如 /status 逾期 2023。";
}
