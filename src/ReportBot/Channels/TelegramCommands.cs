using Telegram.Bot.Types;

namespace ReportBot.Channels;

/// <summary>The command menu Telegram shows beside the input field.</summary>
public static class TelegramCommands
{
    public static readonly IReadOnlyList<BotCommand> Menu =
    [
        new() { Command = "start", Description = "开始或继续填写" },
        new() { Command = "review", Description = "查看进度并修改" },
        new() { Command = "back", Description = "上一步" },
        new() { Command = "skip", Description = "跳过可选项" },
        new() { Command = "submit", Description = "提交报告" },
        new() { Command = "snapshot", Description = "获取草稿文件" },
        new() { Command = "document", Description = "获取正式报告文件" },
        new() { Command = "check", Description = "检查已发布的年度报告" },
        new() { Command = "lastyear", Description = "输入上年数据" },
        new() { Command = "reports", Description = "报告列表" },
        new() { Command = "new", Description = "新建报告（协调员）" },
        new() { Command = "invite", Description = "邀请填报人员（协调员）" },
        new() { Command = "status", Description = "填报情况（协调员）" },
        new() { Command = "cancel", Description = "取消当前输入" },
        new() { Command = "help", Description = "帮助" },
    ];
}
