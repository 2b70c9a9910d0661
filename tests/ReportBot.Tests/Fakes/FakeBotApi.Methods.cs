using System.Text.Json.Nodes;

namespace ReportBot.Tests.Fakes;

/// <summary>The bot's methods: answered as Telegram answers them (limits and errors included) and recorded. Called under the lock.</summary>
public sealed partial class FakeBotApi
{
    private const string NotModified = "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    private readonly List<SentMessage> sentMessages = [];
    private readonly List<EditedMessage> edits = [];
    private readonly List<CallbackAnswer> callbackAnswers = [];
    private readonly List<SentDocument> documents = [];
    private readonly List<long> leftChatLog = [];
    private readonly HashSet<long> leftChats = [];
    private readonly HashSet<long> blockedUsers = [];
    private readonly Dictionary<int, string> textSources = [];
    private readonly Dictionary<string, (string FileName, byte[] Content)> files = new(StringComparer.Ordinal);
    private readonly List<(string Command, string Description)> commands = [];

    /// <summary>The user never opened the bot (or blocked it): whatever the bot sends them is refused with 403.</summary>
    public void Block(long userId)
    {
        lock (gate)
        {
            blockedUsers.Add(userId);
        }
    }

    private Reply HandleSetMyCommands(FakeBotApiRequest request)
    {
        var list = new List<(string Command, string Description)>();
        foreach (var item in request.Node("commands") as JsonArray ?? [])
        {
            var command = item?["command"]?.GetValue<string>() ?? "";
            var description = item?["description"]?.GetValue<string>() ?? "";
            if (command.Length is 0 or > 32 || !command.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return Reply.BadRequest("BOT_COMMAND_INVALID");
            }

            if (description.Length is 0 or > 256)
            {
                return Reply.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }

            list.Add((command, description));
        }

        commands.Clear();
        commands.AddRange(list);
        return Reply.Ok(true);
    }

    private Reply HandleSendMessage(FakeBotApiRequest request)
    {
        if (ChatError(request, out var chatId) is { } chatError)
        {
            return chatError;
        }

        var text = request.String("text") ?? "";
        var parseMode = request.String("parse_mode");
        var (plain, error) = Render(text, parseMode);
        error ??= string.IsNullOrWhiteSpace(plain) ? "message text is empty" : plain!.Length > 4096 ? "message is too long" : null;
        var (markup, buttons, markupError) = Markup(request.Node("reply_markup"));
        if ((error ?? markupError) is { } bad)
        {
            return Reply.BadRequest(bad);
        }

        var message = NewBotMessage(chatId);
        var id = message["message_id"]!.GetValue<int>();
        message["text"] = plain;
        Put(message, "reply_markup", markup);
        textSources[id] = text;
        sentMessages.Add(new(chatId, id, text, parseMode, buttons));
        Counted(chatId, id, buttons);
        return Reply.Ok(message.DeepClone());
    }

    private Reply HandleEditMessageText(FakeBotApiRequest request)
    {
        if (EditTarget(request, out var chatId, out var id) is not { } message)
        {
            return Reply.BadRequest("message to edit not found");
        }

        if (message["text"] is null)
        {
            return Reply.BadRequest("there is no text in the message to edit");
        }

        var text = request.String("text") ?? "";
        var parseMode = request.String("parse_mode");
        var (plain, error) = Render(text, parseMode);
        error ??= string.IsNullOrWhiteSpace(plain) ? "message text is empty" : plain!.Length > 4096 ? "message is too long" : null;
        var (markup, buttons, markupError) = Markup(request.Node("reply_markup"));
        if ((error ?? markupError) is { } bad)
        {
            return Reply.BadRequest(bad);
        }

        if (string.Equals(textSources.GetValueOrDefault(id), text, StringComparison.Ordinal) && JsonNode.DeepEquals(message["reply_markup"], markup))
        {
            return Reply.BadRequest(NotModified);
        }

        // Like Telegram, an edit without reply_markup removes the inline keyboard.
        message["text"] = plain;
        Put(message, "reply_markup", markup);
        message["edit_date"] = Now();
        textSources[id] = text;
        edits.Add(new("editMessageText", chatId, id, text, parseMode, buttons));
        return Reply.Ok(message.DeepClone());
    }

    private Reply HandleEditMessageReplyMarkup(FakeBotApiRequest request)
    {
        if (EditTarget(request, out var chatId, out var id) is not { } message)
        {
            return Reply.BadRequest("message to edit not found");
        }

        var (markup, buttons, markupError) = Markup(request.Node("reply_markup"));
        if (markupError is not null)
        {
            return Reply.BadRequest(markupError);
        }

        if (JsonNode.DeepEquals(message["reply_markup"], markup))
        {
            return Reply.BadRequest(NotModified);
        }

        Put(message, "reply_markup", markup);
        message["edit_date"] = Now();
        edits.Add(new("editMessageReplyMarkup", chatId, id, null, null, buttons));
        return Reply.Ok(message.DeepClone());
    }

    private Reply HandleAnswerCallbackQuery(FakeBotApiRequest request)
    {
        var id = request.String("callback_query_id") ?? "";
        if (!openCallbackQueries.Remove(id))
        {
            return Reply.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        callbackAnswers.Add(new(id, request.String("text"), request.Bool("show_alert")));
        return Reply.Ok(true);
    }

    private Reply HandleSendDocument(FakeBotApiRequest request)
    {
        if (ChatError(request, out var chatId) is { } chatError)
        {
            return chatError;
        }

        var upload = request.File("document");
        var reference = request.String("document");
        if (upload is null && reference is not null && files.TryGetValue(reference, out var known))
        {
            upload = known;
        }

        if (upload is not { } file)
        {
            return Reply.BadRequest(reference is null ? "there is no document in the request" : "wrong file identifier/HTTP URL specified");
        }

        if (file.Content.Length > 50 * 1024 * 1024)
        {
            return Reply.Error(413, "Request Entity Too Large");
        }

        var caption = request.String("caption");
        var (plainCaption, error) = caption is null ? (null, null) : Render(caption, request.String("parse_mode"));
        error ??= file.Content.Length == 0 ? "file must be non-empty" : plainCaption?.Length > 1024 ? "message caption is too long" : null;
        var (markup, buttons, markupError) = Markup(request.Node("reply_markup"));
        if ((error ?? markupError) is { } bad)
        {
            return Reply.BadRequest(bad);
        }

        var fileName = string.IsNullOrEmpty(file.FileName) ? "document" : file.FileName;
        var fileId = NewFileId("doc");
        files[fileId] = (fileName, file.Content);
        var message = NewBotMessage(chatId);
        var id = message["message_id"]!.GetValue<int>();
        message["document"] = new JsonObject
        {
            ["file_id"] = fileId,
            ["file_unique_id"] = NewFileId("u"),
            ["file_name"] = fileName,
            ["mime_type"] = MimeType(fileName),
            ["file_size"] = file.Content.Length,
        };
        Put(message, "caption", plainCaption);
        Put(message, "reply_markup", markup);
        documents.Add(new(chatId, id, fileName, file.Content, caption, buttons));
        Counted(chatId, id, buttons);
        return Reply.Ok(message.DeepClone());
    }

    private Reply HandleLeaveChat(FakeBotApiRequest request)
    {
        if (ChatError(request, out var chatId) is { } chatError)
        {
            return chatError;
        }

        leftChats.Add(chatId);
        leftChatLog.Add(chatId);
        return Reply.Ok(true);
    }

    private Reply? ChatError(FakeBotApiRequest request, out long chatId)
    {
        chatId = request.Long("chat_id") ?? 0;
        return request.Node("chat_id") is null ? Reply.BadRequest("chat_id is empty")
            : chatId == 0 ? Reply.BadRequest("chat not found")
            : leftChats.Contains(chatId) ? Reply.Error(403, "Forbidden: bot is not a member of the group chat")
            : blockedUsers.Contains(chatId) ? Reply.Error(403, "Forbidden: bot can't initiate conversation with a user")
            : null;
    }

    private JsonObject? EditTarget(FakeBotApiRequest request, out long chatId, out int id)
    {
        chatId = request.Long("chat_id") ?? 0;
        id = request.Int("message_id") ?? 0;
        return chatMessages.TryGetValue(id, out var message)
            && message["chat"]?["id"]?.GetValue<long>() == chatId
            && message["from"]?["id"]?.GetValue<long>() == BotId ? message : null;
    }
}
