namespace ReportBot.Conversations;

/// <summary>
/// An incoming message read once, by one rule: text, a button press, a file, a chat command, or nothing usable.
/// A command is a slash and a Latin letter; its name is case-insensitive and loses an <c>@botname</c> suffix
/// (Telegram adds it in groups and menus); the words after it are its arguments.
/// </summary>
public abstract record ChatInput
{
    public static ChatInput Parse(IncomingMessage message)
    {
        if (message.Choice is { } data)
            return ButtonChoice.TryRead(data, out var version, out var choice) ? new PressInput(version, choice) : new PressInput(null, "");
        if (message.Text is { } text) return (ChatInput?)Command(text) ?? new TextInput(text);
        if (message.File is { } file) return new FileInput(file);
        return new NoInput();
    }

    /// <summary>The command in <paramref name="text"/>, or null: a lone "/" (a blank cell, as some reports print it) is an answer.</summary>
    public static CommandInput? Command(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsAsciiLetter(trimmed[1])) return null;
        var words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var name = words[0][1..].Split('@')[0].ToLowerInvariant();
        return new CommandInput(name, words[1..]);
    }
}

public sealed record TextInput(string Text) : ChatInput;

/// <summary>A button press: the conversation version it was sent at (null when unreadable) and its choice.</summary>
public sealed record PressInput(int? Version, string Choice) : ChatInput;

public sealed record FileInput(IncomingFile File) : ChatInput;

/// <summary>A chat command: its name without slash or <c>@botname</c>, lower case, and its arguments.</summary>
public sealed record CommandInput(string Name, IReadOnlyList<string> Args) : ChatInput;

/// <summary>A sticker, a photo, a voice message: nothing the bot reads.</summary>
public sealed record NoInput : ChatInput;
