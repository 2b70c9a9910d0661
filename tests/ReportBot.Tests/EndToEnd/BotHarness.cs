using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Channels;
using ReportBot.Hosting;
using ReportBot.Tests.Fakes;

namespace ReportBot.Tests.EndToEnd;

/// <summary>
/// The real host (the same composition as Program.cs) with the real Telegram.Bot client, talking to the fake Bot
/// API on 127.0.0.1 over a real SQLite file. Users act through the fake; an action is done once the worker has
/// polled past its update, i.e. handled it completely.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const long Coordinator = 1001;
    public const long Staff = 2002;

    private IHost? host;

    private readonly int requestSeconds;
    private readonly long[] coordinators;

    private BotHarness(FakeBotApi api, string db, int requestSeconds, long[] coordinators) =>
        (Api, DbPath, this.requestSeconds, this.coordinators) = (api, db, requestSeconds, coordinators);

    /// <summary>Every line the bot logged, formatted as the console logger would write its message.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Logs { get; } = new();

    public FakeBotApi Api { get; }

    public string DbPath { get; }

    public int Presses { get; private set; }

    /// <summary>The fake, and the real host over <paramref name="db"/>; a hung call is abandoned after <paramref name="requestSeconds"/> beyond the poll.</summary>
    public static async Task<BotHarness> StartAsync(string? db = null, int requestSeconds = 2, params long[] moreCoordinators)
    {
        // The token comes only from the environment; every test uses the fake's token, so setting it is harmless.
        Environment.SetEnvironmentVariable(TelegramOptions.TokenVariable, FakeBotApi.Token);
        var harness = new BotHarness(await FakeBotApi.StartAsync(), db ?? Path.Combine(Path.GetTempPath(), $"reportbot-e2e-{Guid.NewGuid():N}.db"), requestSeconds, [Coordinator, .. moreCoordinators]);
        await harness.StartHostAsync();
        return harness;
    }

    public async Task StartHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = DbPath,
            ["Bot:BaseUrl"] = Api.BaseUrl,
            ["Bot:PollSeconds"] = "1",
            ["Bot:RequestSeconds"] = requestSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:MaxBackoffSeconds"] = "1",
            // Tests type faster than people: the per-chat pace would only make them slow.
            ["Bot:ChatMessagesPerSecond"] = "100",
            // Reminders run on the wall clock, and today every test report is past its deadline: a digest would land
            // among the replies a test reads. ReminderTests drive them on a test clock.
            ["Reminders:Enabled"] = "false",
        });
        builder.Configuration.AddInMemoryCollection(coordinators.Select((id, i) =>
            KeyValuePair.Create($"Access:Coordinators:{i}", (string?)id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new CollectingLoggerProvider(Logs));
        builder.AddReportBot().AddTelegram();
        host = builder.Build();
        await host.StartAsync();
    }

    public async Task StopHostAsync()
    {
        if (host is null) return;
        await host.StopAsync();
        host.Dispose();
        host = null;
    }

    /// <summary>A user writes; returns once the bot has handled it.</summary>
    public Task SayAsync(long user, string text) => HandledAsync(Api.SendText(user, text));

    /// <summary>A user presses the newest button with this label in their chat; returns once handled.</summary>
    public Task PressAsync(long user, string label)
    {
        var message = Api.Messages.LastOrDefault(m => m.ChatId == user && m.AllButtons.Any(b => b.Text == label))
            ?? throw new InvalidOperationException($"no \"{label}\" button for {user}; last: {LastText(user)}");
        Presses++;
        return HandledAsync(Api.Press(user, message.MessageId, message.AllButtons.First(b => b.Text == label).Data!));
    }

    /// <summary>Stored (the worker polled past it), handled, and answered (every queued reply went out).</summary>
    public async Task HandledAsync(long updateId, TimeSpan? timeout = null)
    {
        await Api.WaitUntilAsync(() => Api.GetUpdatesCalls.Any(c => c.Offset > updateId), timeout ?? TimeSpan.FromSeconds(20));
        using var idle = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        await host!.Services.GetRequiredService<TelegramBacklog>().WhenIdleAsync(idle.Token);
    }

    /// <summary>
    /// Plays a chat file as a person would: a line is a message, <c>#n</c> presses the n-th button the bot showed in
    /// answer to the previous line. <paramref name="agency"/> replaces the seed's 机关名称.
    /// </summary>
    public async Task PlayAsync(long user, IEnumerable<string> lines, string? agency = null)
    {
        var since = Api.Messages.Count;
        foreach (var line in lines)
        {
            var shown = Api.Messages.Skip(since).Where(m => m.ChatId == user).SelectMany(m => m.AllButtons).ToList();
            since = Api.Messages.Count;
            if (line.StartsWith('#'))
            {
                var button = shown[int.Parse(line[1..], System.Globalization.CultureInfo.InvariantCulture) - 1];
                var message = Api.Messages.Last(m => m.ChatId == user && m.AllButtons.Contains(button));
                Presses++;
                await HandledAsync(Api.Press(user, message.MessageId, button.Data!));
            }
            else
            {
                await SayAsync(user, agency is not null && line == "焦作市人防办" ? agency : line);
            }
        }
    }

    public string LastText(long user) => Api.Messages.LastOrDefault(m => m.ChatId == user)?.Text ?? "(none)";

    /// <summary>Everything the bot said to a user after a given point.</summary>
    public string TextsSince(long user, int index) => string.Join("\n", Api.Messages.Skip(index).Where(m => m.ChatId == user).Select(m => m.Text));

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Api.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(DbPath + suffix);
    }
}
