namespace ReportBot.Desk;

/// <summary>What the coordinator's desk commands say (Simplified Chinese), in one place.</summary>
public static class DeskTexts
{
    public const string DeadlineUsage = "用法：/deadline 编号 日期，例如 /deadline 3 2025-01-31（不写编号则为当前报告）。";

    public static string DeadlineSet(string title, string deadline) => $"📅 《{title}》的截止日期已设为{deadline}。";

    public const string ConsolidateUsage = "用法：/consolidate 编号 编号 … 汇总单位名称，例如 /consolidate 3 4 5 某某管委会。至少两份同一年度的报告。";

    public static string NoSuchReport(long id) => $"没有编号为{id}的报告：发送 /reports 查看。";

    public const string UnitsOfDifferentYears = "只能汇总同一年度、同一格式的报告。";

    public static string AlreadyExists(long id) => $"该单位本年度的报告已存在（#{id}），未汇总。";

    public static string Consolidated(string title, int units, int incomplete) =>
        $"🧮 已生成汇总报告《{title}》：表格为{units}个单位报告的逐格合计" + (incomplete > 0 ? $"，其中{incomplete}格因有单位未填写而留空" : "") + "。附件为草稿，附录列出各单位占比；文字部分请在汇总报告中填写。";

    public static string Exported(int reports) => $"📦 全部{reports}份报告：每份的 .docx 与 汇总.csv。";

    public const string NothingToExport = "还没有报告。";
}
