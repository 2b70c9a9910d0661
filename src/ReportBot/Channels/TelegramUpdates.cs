using ReportBot.Conversations;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ReportBot.Channels;

/// <summary>Turns a Telegram update into the plain message the conversation service understands.</summary>
public static class TelegramUpdates
{
    public const string Channel = "telegram";

    /// <summary>The incoming message, or null for updates that are not a person writing or pressing in a private chat.</summary>
    public static IncomingMessage? ToMessage(Update update)
    {
        if (update.CallbackQuery is { From: { } presser, Data: { } data } callback && callback.Message?.Chat is { Type: ChatType.Private } chat)
            return new IncomingMessage(Channel, presser.Id, chat.Id, Choice: data, UpdateId: update.Id, UserName: Name(presser));
        if (update.Message is not { From: { } from, Chat.Type: ChatType.Private } m) return null;
        var file = m.Document is { } d ? new IncomingFile(d.FileName ?? "文件", d.FileSize ?? 0) : null;
        // Stickers, photos, voice and the like carry neither text nor a document: the service says what it expects.
        return new IncomingMessage(Channel, from.Id, m.Chat.Id, Text: m.Text, File: file, UpdateId: update.Id, UserName: Name(from));
    }

    /// <summary>The chat an update belongs to, so one chat's updates can be handled in order.</summary>
    public static long? ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.EditedMessage?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.MyChatMember?.Chat.Id;

    /// <summary>A person's name as Telegram has it; anyone chooses it, so control characters are escaped before it is logged or stored.</summary>
    public static string Name(User user) => LogText.Escape(string.Join(' ', new[] { user.FirstName, user.LastName }.Where(s => !string.IsNullOrWhiteSpace(s))));
}
