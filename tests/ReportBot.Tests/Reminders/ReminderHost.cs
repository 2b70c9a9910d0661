using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportBot.Channels;
using ReportBot.Hosting;
using ReportBot.Reminders;
using ReportBot.Storage;

namespace ReportBot.Tests.Reminders;

/// <summary>
/// The program's composition with reminders, on a test clock, over a SQLite file that outlives the host, so a
/// second host can be started over the same file as after a restart.
/// </summary>
public sealed class ReminderHost : IAsyncDisposable
{
    private readonly IHost host;

    private ReminderHost(IHost host) => this.host = host;

    public ReportStore Store => host.Services.GetRequiredService<ReportStore>();

    public ReminderRound Round => host.Services.GetRequiredService<ReminderRound>();

    public static async Task<ReminderHost> StartAsync(string dbPath, TimeProvider clock, bool worker = false, params (string Key, string Value)[] settings)
    {
        var builder = ReportBotHost.CreateBuilder([new("Storage:Path", dbPath), new("Reminders:Enabled", worker ? "true" : "false"),
            // The coordinator stays one across restarts (the start demotes anyone not configured).
            new("Access:Coordinators:0", "1"),
            .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))]);
        builder.Logging.ClearProviders();
        builder.AddReportBot();
        builder.AddReminders();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(ChatDriver.SingleFormat);
        var host = builder.Build();
        await host.StartAsync();
        return new ReminderHost(host);
    }

    /// <summary>Every text queued in the outbox, in order: (chat, text).</summary>
    public static async Task<List<(long Chat, string Text)>> OutboxAsync(string dbPath)
    {
        await using var connection = new SqliteConnection($"Data Source={dbPath}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT chat_id, body FROM telegram_outbox ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, string)>();
        // A message without buttons keeps only its HTML (nothing closes onto it).
        while (await reader.ReadAsync()) rows.Add((reader.GetInt64(0), ((OutgoingText)Outgoing.FromJson(reader.GetString(1))) is var text && text.Plain is { } plain ? plain : System.Net.WebUtility.HtmlDecode(text.Html)));
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
