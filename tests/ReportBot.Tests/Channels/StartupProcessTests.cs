namespace ReportBot.Tests.Channels;

/// <summary>How the program starts with and without a Telegram token.</summary>
public sealed class StartupProcessTests : IDisposable
{
    private readonly string db = Path.Combine(Path.GetTempPath(), $"reportbot-startup-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
    }

    [Fact]
    public async Task WithoutATokenItSaysHowToSetOneAndRunsTheConsoleChat()
    {
        var (code, output, error) = await ProgramRunner.RunAsync("/start\n", [], new Dictionary<string, string> { ["Storage__Path"] = db });

        Assert.Equal(0, code);
        Assert.Equal("No Telegram token: set Bot__Token to run the bot. Starting the local console chat.", error.Trim());
        Assert.Contains("请输入机关名称", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBotCommandWithoutATokenRefusesToStartNamingTheVariable()
    {
        var (code, _, error) = await ProgramRunner.RunAsync("", ["bot"], new Dictionary<string, string> { ["Storage__Path"] = db });

        Assert.Equal(1, code);
        Assert.Contains("Bot__Token is not set", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedTokenIsRefusedWithoutEchoingIt()
    {
        var (code, _, error) = await ProgramRunner.RunAsync("", ["bot"], new Dictionary<string, string> { ["Storage__Path"] = db, ["Bot__Token"] = "not-a-token-secret" });

        Assert.Equal(1, code);
        Assert.Contains("does not look like a Telegram bot token", error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-token-secret", error, StringComparison.Ordinal);
    }
}
