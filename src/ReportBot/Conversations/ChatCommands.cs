namespace ReportBot.Conversations;

/// <summary>Who may use a chat command.</summary>
public enum Audience { Everyone, Coordinators }

/// <summary>One chat command: its name (without the slash), who may use it, and what it does in a few words.</summary>
public sealed record ChatCommand(string Name, Audience Audience, string Description)
{
    /// <summary>The description as a menu shows it: coordinators' commands say so.</summary>
    public string MenuDescription => Audience == Audience.Coordinators ? $"{Description}（协调员）" : Description;
}

/// <summary>The one list of chat commands: it feeds the Telegram menu, /help and the reply to an unknown command.</summary>
public static class ChatCommands
{
    public const string Start = "start", Review = "review", Back = "back", Skip = "skip", Submit = "submit", Snapshot = "snapshot",
        Document = "document", Check = "check", LastYear = "lastyear", Reports = "reports", Open = "open", New = "new",
        Invite = "invite", Status = "status", Cancel = "cancel", Help = "help";

    // Co-filling and review (branch review, issue 12).
    public const string Assign = "assign", History = "history", Return = "return", Approve = "approve", Comments = "comments";
    // cofill: the coordinator's desk.
    public const string Deadline = "deadline", Consolidate = "consolidate", Export = "export";

    public static readonly IReadOnlyList<ChatCommand> All =
    [
        new(Start, Audience.Everyone, "开始或继续填写"),
        new(Review, Audience.Everyone, "查看进度并修改"),
        new(Back, Audience.Everyone, "上一步"),
        new(Skip, Audience.Everyone, "跳过可选项"),
        new(Submit, Audience.Everyone, "提交报告"),
        new(Snapshot, Audience.Everyone, "获取草稿文件"),
        new(Document, Audience.Everyone, "获取正式报告文件"),
        new(Check, Audience.Everyone, "检查已发布的年度报告"),
        new(LastYear, Audience.Everyone, "输入上年数据"),
        new(Reports, Audience.Everyone, "报告列表"),
        new(Open, Audience.Everyone, "打开报告（/open 编号）"),
        new(New, Audience.Coordinators, "新建报告"),
        new(Invite, Audience.Coordinators, "邀请填报人员"),
        new(Status, Audience.Coordinators, "填报情况"),
        new(Cancel, Audience.Everyone, "取消当前输入"),
        new(Help, Audience.Everyone, "帮助"),
        new(Assign, Audience.Coordinators, "分工：把各部分分配给填报人员"),
        new(History, Audience.Everyone, "修改记录（/history 三 5）"),
        new(Return, Audience.Coordinators, "退回修改（/return 三 5 意见）"),
        new(Approve, Audience.Coordinators, "审定报告（定稿）"),
        new(Comments, Audience.Everyone, "审核意见"),
        new(Deadline, Audience.Coordinators, "设置截止日期（/deadline 编号 日期）"),
        new(Consolidate, Audience.Coordinators, "汇总多个单位的报告"),
        new(Export, Audience.Coordinators, "导出全部报告（.zip）"),
    ];

    private static readonly Dictionary<string, ChatCommand> ByName = All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static ChatCommand? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The commands a person may use, one per line, for /help.</summary>
    public static string ListFor(bool coordinator) =>
        string.Join('\n', All.Where(c => coordinator || c.Audience == Audience.Everyone).Select(c => $"/{c.Name} {c.Description}"));

    /// <summary>Every command's name, for the reply to one not in the list.</summary>
    public static string Names => string.Join(' ', All.Select(c => $"/{c.Name}"));
}
