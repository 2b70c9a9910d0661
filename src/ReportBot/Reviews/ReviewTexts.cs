namespace ReportBot.Reviews;

/// <summary>What co-filling and review say, in one place.</summary>
internal static class ReviewTexts
{
    public static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    public const string NeedReport = "请先用 /open 编号 打开一份报告。";
    public const string NoMembers = "这份报告还没有邀请填报人员。请先发送 /invite 邀请同事。";
    public const string AssignTitle = "👥 分工：点选要分配的部分。";
    public const string NoAssignments = "尚未分工：每位填报人员都可以填写全部内容。";
    public const string PickPerson = "分配给谁？";
    public const string UnknownPart = "没有这个部分，请重新点选。";
    public const string ReturnUsage = "用法：/return 三 5 退回意见（退回第三部分第5项），或 /return 三 退回意见（退回整个部分）。";
    public const string ReturnNeedsSubmitted = "只有已提交的报告可以退回修改。";
    public const string ApproveNeedsSubmitted = "只有已提交、等待审核的报告可以定稿。";
    public const string NoComments = "这份报告没有退回意见。";
    public const string HistoryEmpty = "还没有修改记录。";
    public const string HistoryUsage = "用法：/history 查看最近的修改，/history 三 5 查看第三部分第5项的修改记录。";
    public const string HistoryNotYours = "这一项不在您负责的部分，只能由负责人或协调员查看修改记录。";
    public const string WaitForReview = "📨 已交协调员审核。审定（定稿）后会收到正式文件；如有退回意见，会通知您。";
    public const string ApprovedReopened = "⚠️ 这份报告已定稿，这次修改使它重新打开：修改完成后请重新提交审核。";
    public const string NotApproved = "报告尚未定稿，还不能生成正式文件。发送 /snapshot 获取草稿。";

    public static string OwnedBy(string name) => $"由{name}负责";

    public static string Assigned(string unit, string name) => $"✅ 「{unit}」已分配给{name}。";

    public static string AssignedToYou(string title, string unit) => $"📌 协调员把《{title}》的「{unit}」分配给您。发送 /start 开始填写。";

    public static string AssignmentLine(string unit, string name) => $"  {unit}：{name}";

    public static string Stale(string item, string value, string who, DateTimeOffset when) =>
        $"⚠️ 没有保存：您看到的是旧内容。{item} 已被{who}于{Time(when)}改为：{value}\n如仍需修改，请看下面的当前内容后重新输入。";

    public static string Returned(string title, string target, string body) =>
        $"↩️ 协调员退回《{title}》：{target}\n意见：{body}\n发送 /comments 查看全部意见并逐项修改，改完后 /submit 重新提交。";

    public static string ReturnedDone(string target, int notified) => $"↩️ 已退回「{target}」，已通知{notified}人。";

    public static string CommentAtItem(string author, string body) => $"💬 {author}的退回意见：{body}";

    public static string CommentLine(string target, string author, string body, DateTimeOffset at, bool resolved) =>
        $"{(resolved ? "✔️" : "❗")} {target}（{author} {Time(at)}）：{body}{(resolved ? "（已重新提交）" : "")}";

    public const string CommentsTitle = "💬 审核意见（❗待修改，✔️已重新提交）：";

    public static string FixButton(string target) => $"去修改：{target}";

    public static string ToReview(string name, string title, bool again) =>
        $"📬 {name} {(again ? "已修改并重新提交" : "已提交")}《{title}》，请审核（附草稿）。\n退回：/return 三 5 意见 · 定稿：/approve · 修改记录：/history";

    public static string OpenWarnings(IEnumerable<string> lines) => "提醒及说明：\n" + string.Join('\n', lines);

    public static string Approved(string title) => $"✅ 《{title}》已定稿，正式文件见附件。";

    public static string ApprovedNotice(string title) => $"🎉 《{title}》已由协调员审定（定稿）。发送 /document 获取正式文件。";

    public static string HistoryTitle(string? item) => item is null ? "📜 最近的修改：" : $"📜 {item} 的修改记录：";

    public static string HistoryLine(string item, string who, DateTimeOffset at, string? old, string? now) =>
        $"{Time(at)} {who}：{item}：{old ?? "（空）"} → {now ?? "（空）"}";

    public static string Time(DateTimeOffset t) => t.ToOffset(ChinaTime).ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
