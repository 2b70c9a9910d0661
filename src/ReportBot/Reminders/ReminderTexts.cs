namespace ReportBot.Reminders;

/// <summary>What reminders say (Simplified Chinese), in one place.</summary>
public static class ReminderTexts
{
    public static string Person(string name, string title, string deadline, string open, long reportId) =>
        $"⏰ {name}，您好：《{title}》的截止日期是{deadline}。\n{open}\n发送 /open {reportId} 继续填写。";

    public static string Open(int count, string bySection) => count == 0 ? "各项均已填写，尚未提交：请检查后发送 /submit 提交。" : $"尚有{count}项未填写：{bySection}。";

    public const string DigestTitle = "📋 截止日期提醒汇总";

    public static string DigestReport(long id, string title, string deadline, string open, string people) =>
        $"#{id} {title}\n  截止：{deadline}\n  {open}\n  {people}";

    public static string People(IReadOnlyList<string> names) => names.Count == 0 ? "尚无填报人员：发送 /invite 邀请。" : $"待完成：{string.Join("、", names)}";

    public const string DigestFooter = "发送 /status 查看全部，/open 编号 打开一份。";
}
