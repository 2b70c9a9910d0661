using ReportBot.Conversations;
using Telegram.Bot.Types;

namespace ReportBot.Channels;

/// <summary>The command menu Telegram shows beside the input field, from the one catalogue of chat commands.</summary>
public static class TelegramCommands
{
    public static readonly IReadOnlyList<BotCommand> Menu =
        ChatCommands.All.Select(c => new BotCommand { Command = c.Name, Description = c.MenuDescription }).ToList();
}
