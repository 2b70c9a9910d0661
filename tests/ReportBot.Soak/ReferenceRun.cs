using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Channels;
using ReportBot.Conversations;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;
using ReportBot.Storage;
using Telegram.Bot.Extensions;

namespace ReportBot.Soak;

/// <summary>One line a person types or presses, and what the bot must answer to it (messages as sent, documents by name).</summary>
public sealed record ChatStep(string? Text, string? Choice, IReadOnlyList<string> Messages, IReadOnlyList<string> Documents);

/// <summary>A person's whole report: the steps, and the answers and history rows the store must end with.</summary>
public sealed record Script(long UserId, string Agency, IReadOnlyList<ChatStep> Steps, IReadOnlyDictionary<string, string> Answers, IReadOnlyDictionary<string, int> History);

/// <summary>
/// What the bot should do for a chat file, learnt by playing it through the real conversation service on a scratch
/// store, with no Telegram, no faults and no kills: the yardstick the soak compares the real run with.
/// </summary>
public static class ReferenceRun
{
    public static async Task<Script> PlayAsync(string formatFile, long userId, string agency, IReadOnlyList<string> lines)
    {
        var db = Path.Combine(Path.GetTempPath(), $"reportbot-soak-ref-{Guid.NewGuid():N}.db");
        // The program's own composition, started as the program starts it (migrations included).
        var builder = ReportBotHost.CreateBuilder([new("Storage:Path", db), new("Format:Path", formatFile)]);
        builder.Logging.ClearProviders();
        builder.AddReportBot();
        using var host = builder.Build();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<ReportStore>();
        var service = host.Services.GetRequiredService<ConversationService>();
        await using (var s = await store.BeginAsync(CancellationToken.None))
        {
            await s.AddPersonAsync(new Person(userId, "soak", Roles.Coordinator), DateTimeOffset.UtcNow, CancellationToken.None);
            await s.CommitAsync(CancellationToken.None);
        }
        var steps = new List<ChatStep>();
        IReadOnlyList<Reply> last = [];
        foreach (var line in lines)
        {
            var text = line == "焦作市人防办" ? agency : line;
            var choice = text.StartsWith('#') ? last.SelectMany(r => r.AllButtons).ElementAt(int.Parse(text[1..], System.Globalization.CultureInfo.InvariantCulture) - 1).Choice : null;
            var message = choice is not null
                ? new IncomingMessage(TelegramUpdates.Channel, userId, userId, Choice: choice)
                : new IncomingMessage(TelegramUpdates.Channel, userId, userId, Text: text);
            last = await service.HandleAsync(message, CancellationToken.None);
            steps.Add(Rendered(choice is null ? text : null, choice, last));
        }
        await using var read = await store.ReadAsync(CancellationToken.None);
        var report = await read.FindReportAsync(agency, 2023, CancellationToken.None) ?? throw new InvalidOperationException("the chat file made no report");
        var answers = await read.AnswersAsync(report.Id, CancellationToken.None);
        var history = (await read.HistoryAsync(report.Id, CancellationToken.None)).GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.Count());
        await read.DisposeAsync();
        await host.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
        return new Script(userId, agency, steps, answers, history);
    }

    /// <summary>The replies as the Telegram channel renders them: split, escaped, a long caption sent as a message first.</summary>
    private static ChatStep Rendered(string? text, string? choice, IReadOnlyList<Reply> replies)
    {
        var messages = new List<string>();
        var documents = new List<string>();
        foreach (var reply in replies)
        {
            if (reply.Document is { } document)
            {
                if (HtmlText.Escape(reply.Text).Length > TelegramText.MaxCaption) messages.AddRange(TelegramText.Split(reply.Text).Select(p => HtmlText.Escape(p)!));
                documents.Add(document.FileName);
            }
            else
            {
                messages.AddRange(TelegramText.Split(reply.Text).Select(p => HtmlText.Escape(p)!));
            }
        }
        return new ChatStep(text, choice, messages, documents);
    }
}
