namespace ReportBot.Conversations;

/// <summary>A file someone sent: its name, size, and content when the channel could fetch it.</summary>
public sealed record IncomingFile(string FileName, long Size, byte[]? Content = null);

/// <summary>
/// What a channel hands the conversation service: who, in which chat, and one of text, a button choice, a file,
/// or nothing usable (a sticker, a photo). <see cref="UpdateId"/> is the channel's delivery id, if it has one.
/// </summary>
public sealed record IncomingMessage(
    string Channel,
    long UserId,
    long ChatId,
    string? Text = null,
    string? Choice = null,
    IncomingFile? File = null,
    long? UpdateId = null,
    string? UserName = null);
