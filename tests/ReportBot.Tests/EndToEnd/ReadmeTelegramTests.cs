using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportBot.Tests.Fakes;

namespace ReportBot.Tests.EndToEnd;

/// <summary>The README's "Run on Telegram" steps, followed as written, against the fake Bot API.</summary>
public sealed partial class ReadmeTelegramTests : IAsyncLifetime
{
    private readonly string db = Path.Combine(Path.GetTempPath(), $"reportbot-readme-{Guid.NewGuid():N}.db");
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> printed = new();
    private Process? bot;

    [Fact]
    public async Task TheReadmeInstructionsStartABotThatCreatesAReportAndInvitesStaff()
    {
        var steps = ReadmeSteps();
        Assert.Equal("dotnet run --project src/ReportBot", steps.Run);
        Assert.Contains("Bot__Token", steps.Exports);
        Assert.Contains("Access__Coordinators__0", steps.Exports);
        await using var api = await FakeBotApi.StartAsync();

        // What the reader would type, with the fake's values: their token, their coordinator id, and the
        // optional Bot__BaseUrl the README names for a local Bot API server.
        var values = new Dictionary<string, string>
        {
            ["Bot__Token"] = FakeBotApi.Token,
            ["Access__Coordinators__0"] = "1001",
            ["Access__Coordinators__1"] = "1002",
            ["Bot__BaseUrl"] = api.BaseUrl,
            ["Storage__Path"] = db,
            ["Bot__PollSeconds"] = "1",
        };
        Assert.All(steps.Exports, name => Assert.True(values.ContainsKey(name), $"the test does not know README variable {name}"));
        bot = Start(values);

        api.SendText(1001, "/new");
        await api.WaitForMessageAsync(m => m.ChatId == 1001 && m.Text.Contains("机关名称", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        api.SendText(1001, "测试局");
        api.SendText(1001, "2023");
        await api.WaitForMessageAsync(m => m.ChatId == 1001 && m.Text.Contains("一、总体情况 · 1/6", StringComparison.Ordinal));
        api.SendText(1001, "/invite");
        var invite = await api.WaitForMessageAsync(m => m.ChatId == 1001 && m.Text.Contains("start=", StringComparison.Ordinal));
        var code = InviteCode().Match(invite.Text).Groups[1].Value;

        api.SendText(3003, $"/start {code}");
        await api.WaitForMessageAsync(m => m.ChatId == 3003 && m.Text.Contains("您已加入", StringComparison.Ordinal));
        Assert.Contains(("new", "新建报告（协调员）"), api.Commands);
        Assert.DoesNotContain(printed, l => l.Contains(FakeBotApi.Token, StringComparison.Ordinal));
        Assert.NotEmpty(printed);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // xunit 2 ends a test class through IAsyncLifetime: without it the bot process outlived every test run.
    public async Task DisposeAsync()
    {
        if (bot is { HasExited: false })
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
        }
        bot?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
    }

    /// <summary>The variables the README tells the reader to export, and the command it tells them to run.</summary>
    private static (List<string> Exports, string Run) ReadmeSteps()
    {
        var readme = File.ReadAllText(Path.Combine(ReadmeTests.RepositoryRoot(), "README.md"));
        var section = readme[readme.IndexOf("## Run on Telegram", StringComparison.Ordinal)..];
        var block = ShellBlock().Match(section).Groups[1].Value;
        var exports = Export().Matches(block).Select(m => m.Groups[1].Value).ToList();
        var run = block.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("dotnet run", StringComparison.Ordinal));
        return (exports, run);
    }

    /// <summary><c>dotnet run --project src/ReportBot</c> without the rebuild: the built program, no arguments.</summary>
    private Process Start(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(ProgramRunner.ProgramPath);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) printed.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) printed.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"export (\w+)=")]
    private static partial Regex Export();

    [GeneratedRegex(@"start=([A-Za-z0-9_-]+)")]
    private static partial Regex InviteCode();
}
