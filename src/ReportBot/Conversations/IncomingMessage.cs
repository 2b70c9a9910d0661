namespace ReportBot.Conversations;

/// <summary>A file someone sent: its name and size (its content is fetched only when needed).</summary>
public sealed record IncomingFile(string FileName, long Size);

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
