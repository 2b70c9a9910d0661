namespace ReportBot.Tests.Fakes;

/// <summary>One inline keyboard button as the bot sent it: callback data, or a URL for link buttons.</summary>
public sealed record InlineButton(string Text, string? Data, string? Url = null);

/// <summary>A sendMessage call. <see cref="Text"/> is the text as sent (HTML tags included).</summary>
public sealed record SentMessage(long ChatId, int MessageId, string Text, string? ParseMode, IReadOnlyList<IReadOnlyList<InlineButton>> Buttons)
{
    public IEnumerable<InlineButton> AllButtons => Buttons.SelectMany(row => row);
}

/// <summary>An editMessageText (Text set) or editMessageReplyMarkup (Text null) call; Buttons is the new keyboard.</summary>
public sealed record EditedMessage(string Method, long ChatId, int MessageId, string? Text, string? ParseMode, IReadOnlyList<IReadOnlyList<InlineButton>> Buttons);

/// <summary>An answerCallbackQuery call.</summary>
public sealed record CallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert);

/// <summary>A sendDocument call with the uploaded file's name and bytes.</summary>
public sealed record SentDocument(long ChatId, int MessageId, string FileName, byte[] Content, string? Caption, IReadOnlyList<IReadOnlyList<InlineButton>> Buttons);
