using System.Globalization;
using System.Text.Json.Nodes;

namespace ReportBot.Tests.Fakes;

/// <summary>Simulated users: each method enqueues one update, as Telegram would on the user's action, and returns its update_id.</summary>
public sealed partial class FakeBotApi
{
    private readonly Dictionary<int, JsonObject> chatMessages = [];
    private readonly Dictionary<long, JsonObject> chats = [];
    private readonly Dictionary<long, string> names = [];
    private readonly HashSet<string> openCallbackQueries = new(StringComparer.Ordinal);
    private int lastMessageId;
    private int lastFileId;
    private long lastCallbackQueryId = BotId * 1_000_000;

    /// <summary>A text message from user <paramref name="userId"/>, in their private chat unless <paramref name="chatId"/> is given.</summary>
    public long SendText(long userId, string text, string chatType = "private", long? chatId = null)
    {
        var message = UserMessage(userId, chatType, chatId);
        message["text"] = text;
        if (text.StartsWith('/'))
        {
            var length = text.IndexOfAny([' ', '\n']) is var end and >= 0 ? end : text.Length;
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
        }

        return Post(message);
    }

    public long SendSticker(long userId)
    {
        var message = UserMessage(userId);
        message["sticker"] = new JsonObject
        {
            ["file_id"] = NewFileId("sticker"),
            ["file_unique_id"] = NewFileId("u"),
            ["type"] = "regular",
            ["width"] = 512,
            ["height"] = 512,
            ["is_animated"] = false,
            ["is_video"] = false,
            ["emoji"] = "👍",
        };
        return Post(message);
    }

    public long SendPhoto(long userId)
    {
        var message = UserMessage(userId);
        message["photo"] = new JsonArray(
            new JsonObject { ["file_id"] = NewFileId("photo"), ["file_unique_id"] = NewFileId("u"), ["width"] = 90, ["height"] = 90, ["file_size"] = 1_200 },
            new JsonObject { ["file_id"] = NewFileId("photo"), ["file_unique_id"] = NewFileId("u"), ["width"] = 800, ["height"] = 800, ["file_size"] = 64_000 });
        return Post(message);
    }

    public long SendDocument(long userId, string fileName, int fileSize = 1024)
    {
        var message = UserMessage(userId);
        message["document"] = new JsonObject
        {
            ["file_id"] = NewFileId("doc"),
            ["file_unique_id"] = NewFileId("u"),
            ["file_name"] = fileName,
            ["mime_type"] = MimeType(fileName),
            ["file_size"] = fileSize,
        };
        return Post(message);
    }

    /// <summary>The user edits their message <paramref name="messageId"/> (an edited_message update).</summary>
    public long EditText(long userId, int messageId, string newText)
    {
        lock (gate)
        {
            var message = chatMessages.TryGetValue(messageId, out var original)
                ? (JsonObject)original.DeepClone()
                : new JsonObject { ["message_id"] = messageId, ["from"] = UserJson(userId), ["chat"] = ChatJson(userId, "private", userId), ["date"] = Now() };
            message["text"] = newText;
            message["edit_date"] = Now();
            chatMessages[messageId] = message;
            return Enqueue("edited_message", message);
        }
    }

    /// <summary>The user presses a button of the bot's message <paramref name="messageId"/>; the query carries that message as it is now.</summary>
    public long Press(long userId, int messageId, string callbackData)
    {
        lock (gate)
        {
            if (!chatMessages.TryGetValue(messageId, out var message) || message["from"]?["id"]?.GetValue<long>() != BotId)
            {
                throw new ArgumentException($"The bot sent no message {messageId}.", nameof(messageId));
            }

            var id = (++lastCallbackQueryId).ToString(CultureInfo.InvariantCulture);
            openCallbackQueries.Add(id);
            return Enqueue("callback_query", new JsonObject
            {
                ["id"] = id,
                ["from"] = UserJson(userId),
                ["message"] = message.DeepClone(),
                ["chat_instance"] = $"ci{message["chat"]!["id"]}",
                ["data"] = callbackData,
            });
        }
    }

    private JsonObject UserMessage(long userId, string chatType = "private", long? chatId = null)
    {
        lock (gate)
        {
            var chat = chatId ?? userId;
            // A user writing there again means the bot is back in that chat.
            leftChats.Remove(chat);
            var message = new JsonObject
            {
                ["message_id"] = ++lastMessageId,
                ["from"] = UserJson(userId),
                ["chat"] = ChatJson(userId, chatType, chat),
                ["date"] = Now(),
            };
            return message;
        }
    }

    private long Post(JsonObject message)
    {
        lock (gate)
        {
            chatMessages[message["message_id"]!.GetValue<int>()] = message;
            return Enqueue("message", message);
        }
    }

    private JsonObject ChatJson(long userId, string chatType, long chatId)
    {
        var chat = new JsonObject { ["id"] = chatId, ["type"] = chatType };
        if (string.Equals(chatType, "private", StringComparison.Ordinal))
        {
            chat["first_name"] = $"用户{userId}";
        }
        else
        {
            chat["title"] = $"群{chatId}";
        }

        chats[chatId] = chat;
        return (JsonObject)chat.DeepClone();
    }

    /// <summary>The name the user's later updates carry (anyone may choose any name, control characters included).</summary>
    public void Rename(long userId, string firstName)
    {
        lock (gate)
        {
            names[userId] = firstName;
        }
    }

    /// <summary>Someone adds the bot to a group (or makes it administrator there): a my_chat_member update.</summary>
    public long AddToGroup(long userId, long groupId, string status = "member")
    {
        lock (gate)
        {
            return Enqueue("my_chat_member", new JsonObject
            {
                ["chat"] = ChatJson(userId, "supergroup", groupId),
                ["from"] = UserJson(userId),
                ["date"] = Now(),
                ["old_chat_member"] = new JsonObject { ["status"] = "left", ["user"] = BotUser() },
                ["new_chat_member"] = status == "administrator"
                    ? new JsonObject { ["status"] = status, ["user"] = BotUser(), ["can_be_edited"] = false, ["is_anonymous"] = false, ["can_manage_chat"] = true, ["can_delete_messages"] = true, ["can_manage_video_chats"] = true, ["can_restrict_members"] = true, ["can_promote_members"] = false, ["can_change_info"] = true, ["can_invite_users"] = true }
                    : new JsonObject { ["status"] = status, ["user"] = BotUser() },
            });
        }
    }

    private JsonObject UserJson(long userId) =>
        new() { ["id"] = userId, ["is_bot"] = false, ["first_name"] = names.GetValueOrDefault(userId, $"用户{userId}"), ["language_code"] = "zh-hans" };

    private string NewFileId(string kind) => $"{kind}-{Interlocked.Increment(ref lastFileId)}";

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
