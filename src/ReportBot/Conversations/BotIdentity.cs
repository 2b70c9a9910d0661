namespace ReportBot.Conversations;

/// <summary>What the chat platform calls the bot, once known (Telegram's getMe): used to write invite links.</summary>
public sealed class BotIdentity
{
    public string? UserName { get; set; }

    public string InviteLink(string code) => UserName is { } name ? $"https://t.me/{name}?start={code}" : $"/start {code}";
}
