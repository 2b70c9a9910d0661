using System.ComponentModel.DataAnnotations;

namespace ReportBot.Hosting;

/// <summary>
/// The Telegram bot. The token is read from the environment only (<c>Bot__Token</c>), never from a file.
/// <c>Bot:BaseUrl</c> points at a local Bot API server (or a test server) instead of api.telegram.org.
/// </summary>
public sealed class TelegramOptions
{
    public const string Section = "Bot";
    public const string TokenVariable = "Bot__Token";

    [RegularExpression(@"^\d+:[A-Za-z0-9_-]{20,}$", ErrorMessage = "Bot__Token does not look like a Telegram bot token (digits, a colon, then letters).")]
    public string? Token { get; set; }

    [Url(ErrorMessage = "Bot:BaseUrl must be an absolute URL, e.g. http://127.0.0.1:8081.")]
    public string? BaseUrl { get; set; }

    /// <summary>How long one getUpdates waits for news before it returns empty.</summary>
    [Range(1, 50)]
    public int PollSeconds { get; set; } = 25;

    /// <summary>How long any Bot API call may take beyond the long poll before it is abandoned and retried.</summary>
    [Range(1, 300)]
    public int RequestSeconds { get; set; } = 30;

    /// <summary>How many chats are handled (and sent to) at once; one chat's updates and replies always in order.</summary>
    [Range(1, 64)]
    public int ParallelChats { get; set; } = 8;

    /// <summary>Messages a second to all chats together (Telegram allows about 30; more only against a fake server, as the benchmark does).</summary>
    [Range(1, 100_000)]
    public int MessagesPerSecond { get; set; } = 25;

    /// <summary>Messages a second to one chat after a short burst (Telegram asks for about one).</summary>
    [Range(1, 100)]
    public int ChatMessagesPerSecond { get; set; } = 1;

    /// <summary>The longest back-off after repeated polling errors.</summary>
    [Range(1, 600)]
    public int MaxBackoffSeconds { get; set; } = 30;

    /// <summary>The token only from the environment: a token in a settings file is a token in a repository.</summary>
    public static string? TokenFromEnvironment() => Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } t ? t.Trim() : null;
}
