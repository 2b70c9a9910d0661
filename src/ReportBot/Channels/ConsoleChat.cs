using System.Text;
using ReportBot.Conversations;
using ReportBot.Core.Interviews;
using ReportBot.Storage;

namespace ReportBot.Channels;

/// <summary>
/// The local chat: each input line is one message; buttons print as numbered options, chosen by typing
/// <c>#1</c>, <c>#2</c> … (a bare number is always an answer). Works interactively or piped.
/// </summary>
public sealed class ConsoleChat(ConversationService conversations, ReportStore store, TimeProvider clock)
{
    public const string Channel = "console";

    /// <summary>Runs until the end of input; documents the bot sends are saved into <paramref name="documentsDir"/>.</summary>
    public async Task RunAsync(TextReader input, TextWriter output, string userName, string documentsDir, bool echo, CancellationToken ct)
    {
        var userId = LocalUserId(userName);
        await AdmitAsync(userId, userName, ct);
        List<Button> lastButtons = [];
        if (!echo) await output.WriteLineAsync("ReportBot 本地对话。发送 /start 开始，/help 查看帮助；按 Ctrl+D 结束。");
        while (!ct.IsCancellationRequested && await input.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0) continue;
            if (echo) await output.WriteLineAsync($"> {line}");
            if (NoSuchOption(line, lastButtons))
            {
                // A number past the options names no button: said here, nothing is sent in.
                await output.WriteLineAsync(ConversationTexts.NoSuchOption + "\n");
                continue;
            }
            var message = ToMessage(line, userId, userName, lastButtons);
            var replies = await conversations.HandleAsync(message, ct);
            lastButtons = replies.SelectMany(r => r.AllButtons).ToList();
            await output.WriteAsync(await RenderAsync(replies, documentsDir, ct));
            await output.FlushAsync(ct);
        }
    }

    /// <summary>The local user is whoever can open the database file: admitted as coordinator and staff alike.</summary>
    private async Task AdmitAsync(long userId, string userName, CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        if (await session.FindPersonAsync(userId, ct) is null)
            await session.AddPersonAsync(new Person(userId, userName, Roles.Coordinator), clock.GetUtcNow(), ct);
        await session.CommitAsync(ct);
    }

    private static bool NoSuchOption(string line, List<Button> buttons)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 1 && trimmed[0] is '#' or '＃' && int.TryParse(trimmed.AsSpan(1), out var n) && (n < 1 || n > buttons.Count);
    }

    private static IncomingMessage ToMessage(string line, long userId, string userName, List<Button> buttons)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 1 && trimmed[0] is '#' or '＃' && int.TryParse(trimmed.AsSpan(1), out var n))
        {
            return new IncomingMessage(Channel, userId, userId, Choice: buttons[n - 1].Choice, UserName: userName);
        }
        return new IncomingMessage(Channel, userId, userId, Text: line, UserName: userName);
    }

    private static async Task<string> RenderAsync(IReadOnlyList<Reply> replies, string documentsDir, CancellationToken ct)
    {
        var text = new StringBuilder();
        var number = 0;
        foreach (var reply in replies)
        {
            text.AppendLine(reply.ToUserId is { } to ? $"（发给用户 {to}）{reply.Text}" : reply.Text);
            if (reply.Document is { } document)
            {
                Directory.CreateDirectory(documentsDir);
                var path = Path.Combine(documentsDir, document.FileName);
                await File.WriteAllBytesAsync(path, document.Content, ct);
                text.AppendLine($"  [文件] {path}（{document.Content.Length / 1024.0:0.0} KB）");
            }
            foreach (var row in reply.Buttons)
                text.AppendLine("  " + string.Join("  ", row.Select(b => $"[#{++number}] {b.Label}")));
            text.AppendLine();
        }
        return text.ToString();
    }

    /// <summary>A stable id per local user name, in a range Telegram never uses (negative).</summary>
    public static long LocalUserId(string name)
    {
        ulong hash = 14695981039346656037;
        foreach (var b in Encoding.UTF8.GetBytes(name)) hash = (hash ^ b) * 1099511628211;
        return -(long)(hash >> 2) - 1;
    }
}
