using System.Text;
using System.Text.Json.Nodes;

namespace ReportBot.Tests.Fakes;

/// <summary>The bot's messages as Telegram stores and returns them.</summary>
public sealed partial class FakeBotApi
{
    private static JsonObject BotUser() => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = "ReportBot",
        ["username"] = BotUserName,
        ["can_join_groups"] = true,
        ["can_read_all_group_messages"] = false,
        ["supports_inline_queries"] = false,
    };

    private JsonObject NewBotMessage(long chatId)
    {
        var chat = chats.TryGetValue(chatId, out var known)
            ? known.DeepClone()
            : chatId > 0
                ? new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = $"用户{chatId}" }
                : new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = $"群{chatId}" };
        var message = new JsonObject { ["message_id"] = ++lastMessageId, ["from"] = BotUser(), ["chat"] = chat, ["date"] = Now() };
        chatMessages[lastMessageId] = message;
        return message;
    }

    /// <summary>Telegram leaves absent fields out rather than sending null.</summary>
    private static void Put(JsonObject target, string name, JsonNode? value)
    {
        if (value is null)
        {
            target.Remove(name);
        }
        else
        {
            target[name] = value;
        }
    }

    /// <summary>The text Telegram stores for a parse mode (HTML is parsed; other modes are kept as sent).</summary>
    private static (string? Plain, string? Error) Render(string text, string? parseMode)
    {
        if (!string.Equals(parseMode, "html", StringComparison.OrdinalIgnoreCase))
        {
            return (text, null);
        }

        var (plain, error) = FakeBotApiHtml.Parse(text);
        return error is null ? (plain, null) : (null, $"can't parse entities: {error}");
    }

    /// <summary>An inline keyboard as Telegram returns it on the message (other markups are not returned), and its buttons.</summary>
    private static (JsonObject? Markup, IReadOnlyList<IReadOnlyList<InlineButton>> Buttons, string? Error) Markup(JsonNode? node)
    {
        if (node?["inline_keyboard"] is not JsonArray rows)
        {
            return (null, [], null);
        }

        var buttons = new List<IReadOnlyList<InlineButton>>();
        foreach (var row in rows.OfType<JsonArray>())
        {
            var line = new List<InlineButton>();
            foreach (var button in row.OfType<JsonObject>())
            {
                var data = button["callback_data"]?.GetValue<string>();
                if (data is not null && Encoding.UTF8.GetByteCount(data) is 0 or > 64)
                {
                    return (null, [], "BUTTON_DATA_INVALID");
                }

                line.Add(new(button["text"]?.GetValue<string>() ?? "", data, button["url"]?.GetValue<string>()));
            }

            buttons.Add(line);
        }

        return buttons.Sum(row => row.Count) == 0 ? (null, [], null) : ((JsonObject)node.DeepClone(), buttons, null);
    }

    private static string MimeType(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".JSON" => "application/json",
        ".TXT" => "text/plain",
        _ => "application/octet-stream",
    };
}
