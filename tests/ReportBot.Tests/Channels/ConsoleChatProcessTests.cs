namespace ReportBot.Tests.Channels;

/// <summary>The console chat as a user runs it: the real program in its own process, input piped in.</summary>
public sealed class ConsoleChatProcessTests : IDisposable
{
    private readonly string db = Path.Combine(Path.GetTempPath(), $"reportbot-console-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
    }

    [Fact]
    public async Task ThePipedSeedChatEndsWithTheFinishedReport()
    {
        var (code, output, error) = await RunChatAsync(await File.ReadAllTextAsync(SeedReport.ChatFile));

        Assert.True(code == 0, error);
        Assert.Contains("报告已提交", output, StringComparison.Ordinal);
        Assert.Contains("行政许可\t18", output, StringComparison.Ordinal);
        Assert.Contains("行政事业性收费\t888.0113", output, StringComparison.Ordinal);
        foreach (var paragraph in SeedReport.Paragraphs) Assert.Contains(paragraph, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondProcessOnTheSameFileContinuesWhereTheFirstStopped()
    {
        var lines = await File.ReadAllLinesAsync(SeedReport.ChatFile);
        var split = Array.IndexOf(lines, "18");

        var (code1, output1, _) = await RunChatAsync(string.Join('\n', lines[..split]) + "\n");
        var (code2, output2, error2) = await RunChatAsync(string.Join('\n', lines[split..]) + "\n");

        Assert.Equal(0, code1);
        Assert.Contains("二、主动公开 · 3/6", output1, StringComparison.Ordinal);
        Assert.True(code2 == 0, error2);
        Assert.Contains("✅ 已保存：行政许可：18", output2, StringComparison.Ordinal);
        Assert.Contains("报告已提交", output2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenFormatFileStopsTheProgramWithAMessageNamingTheProblem()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-format-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "config", "report-format-2021.json")))
            .Replace("\"prompt\": \"请输入（一）主动公开方面的内容。\",", "", StringComparison.Ordinal));
        try
        {
            var (code, _, error) = await RunChatAsync("/start\n", "--format-file", broken);

            Assert.Equal(1, code);
            Assert.Contains(broken, error, StringComparison.Ordinal);
            Assert.Contains("item s1.active: missing \"prompt\"", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private Task<(int Code, string Output, string Error)> RunChatAsync(string input, params string[] extra) =>
        ProgramRunner.RunAsync(input, ["chat", "--db", db, .. extra]);
}
