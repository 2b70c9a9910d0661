using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportBot.Conversations;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Documents;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Tests;

/// <summary>
/// Drives the real conversation service over a real SQLite file, as a channel would: sends text, presses buttons
/// by label, counts what the user did, and reads back what the store holds. The services come from the program's
/// own composition (<see cref="ReportBotServices.AddReportBot"/>), started as the program starts them.
/// </summary>
public sealed class ChatDriver : IDisposable
{
    public static readonly InterviewContext Context = new(ReportFormatLoader.Load(Path.Combine(AppContext.BaseDirectory, "config", "report-format-2021.json")))
    {
        LastYear = 2026,
    };

    /// <summary>The 2021 format alone, as most tests use it; a test of several formats passes its own.</summary>
    public static readonly ReportFormats SingleFormat = new(new FormatCatalogue([Context.Format]), _ => Context);

    // Unique across drivers of one test run, like Telegram's ids across restarts.
    private static long lastUpdateId;

    // opened: called on every connection the store opens (a test that counts the work its statements do).
    public ChatDriver(string? dbPath = null, long userId = 1001, TimeProvider? clock = null, ReportFormats? formats = null, Action<Microsoft.Data.Sqlite.SqliteConnection>? opened = null)
    {
        Formats = formats ?? SingleFormat;
        Clock = clock ?? TimeProvider.System;
        DbPath = dbPath ?? Path.Combine(Path.GetTempPath(), $"reportbot-test-{Guid.NewGuid():N}.db");
        UserId = userId;
        var builder = ReportBotHost.CreateBuilder([new("Storage:Path", DbPath)]);
        builder.Logging.ClearProviders();
        builder.AddReportBot();
        // The test's clock, and formats whose last accepted year does not move with the calendar.
        builder.Services.AddSingleton(Clock);
        builder.Services.AddSingleton(Formats);
        if (opened is not null) builder.Services.AddSingleton(_ => new ReportStore(DbPath) { Opened = opened });
        host = builder.Build();
        host.StartAsync().GetAwaiter().GetResult();
        host.Services.GetRequiredService<BotIdentity>().UserName = "reportbot_test_bot";
        Store = host.Services.GetRequiredService<ReportStore>();
        Documents = host.Services.GetRequiredService<ReportDocuments>();
        Service = host.Services.GetRequiredService<ConversationService>();
    }

    private readonly IHost host;

    public ReportFormats Formats { get; }

    public TimeProvider Clock { get; }

    public string DbPath { get; }

    public long UserId { get; set; }

    public ReportStore Store { get; }

    public ConversationService Service { get; }

    public ReportDocuments Documents { get; }

    public IReadOnlyList<Reply> Last { get; private set; } = [];

    /// <summary>Messages sent and buttons pressed by the user so far.</summary>
    public int Actions { get; private set; }

    public string LastText => string.Join("\n\n", Last.Select(r => r.Text));

    public async Task AdmitAsync(long? userId = null, string role = Roles.Coordinator)
    {
        await using var s = await Store.BeginAsync(CancellationToken.None);
        await s.AddPersonAsync(new Person(userId ?? UserId, "测试用户", role), DateTimeOffset.UtcNow, CancellationToken.None);
        await s.CommitAsync(CancellationToken.None);
    }

    /// <summary>The delivery id of the last message or press sent.</summary>
    public long LastUpdateId { get; private set; }

    public Task<IReadOnlyList<Reply>> SendAsync(string text) => DeliverAsync(new IncomingMessage("test", UserId, UserId, Text: text, UpdateId: NextUpdateId(), UserName: $"用户{UserId}"));

    public Task<IReadOnlyList<Reply>> SendFileAsync(string fileName, byte[] content) =>
        DeliverAsync(new IncomingMessage("test", UserId, UserId, File: new IncomingFile(fileName, content.Length, content), UpdateId: NextUpdateId()));

    public Task<IReadOnlyList<Reply>> PressAsync(string label)
    {
        var button = Last.SelectMany(r => r.AllButtons).FirstOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException($"no button \"{label}\" in: {LastText}");
        return PressChoiceAsync(button.Choice);
    }

    public Task<IReadOnlyList<Reply>> PressChoiceAsync(string choice) =>
        DeliverAsync(new IncomingMessage("test", UserId, UserId, Choice: choice, UpdateId: NextUpdateId()));

    public async Task<IReadOnlyList<Reply>> DeliverAsync(IncomingMessage message)
    {
        Actions++;
        Last = await Service.HandleAsync(message, CancellationToken.None);
        return Last;
    }

    /// <summary>Everything saved that a bad input must not change: the answers and the conversation.</summary>
    public async Task<string> SavedStateAsync()
    {
        await using var s = await Store.ReadAsync(CancellationToken.None);
        var c = await s.ConversationAsync(UserId, CancellationToken.None);
        var answers = c.ReportId is { } id ? await s.AnswersAsync(id, CancellationToken.None) : [];
        return string.Join("\n", answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"))
            + $"\n{c.State}|{c.ReportId}|{c.QuestionId}|{c.ResumeQuestionId}|{c.Draft}|{c.Version}";
    }

    public async Task<Dictionary<string, string>> AnswersAsync()
    {
        await using var s = await Store.ReadAsync(CancellationToken.None);
        var c = await s.ConversationAsync(UserId, CancellationToken.None);
        return c.ReportId is { } id ? await s.AnswersAsync(id, CancellationToken.None) : [];
    }

    public async Task<ConversationState> ConversationAsync()
    {
        await using var s = await Store.ReadAsync(CancellationToken.None);
        return await s.ConversationAsync(UserId, CancellationToken.None);
    }

    private long NextUpdateId() => LastUpdateId = Interlocked.Increment(ref lastUpdateId);

    public void Dispose()
    {
        host.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(DbPath + suffix);
    }
}
