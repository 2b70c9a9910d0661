namespace ReportBot.Tests.Commands;

/// <summary>The command line as a person meets it: help everywhere, and a usage error is one line with exit code 2.</summary>
public sealed class UsageProcessTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("check --help")]
    [InlineData("bot --help")]
    [InlineData("chat --help")]
    [InlineData("reports --help")]
    [InlineData("export --help")]
    [InlineData("import --help")]
    [InlineData("diagram --help")]
    public async Task HelpIsShownForEveryCommandAndExitsZero(string line)
    {
        var run = await ProgramRunner.RunAsync("", line.Split(' '));

        Assert.Equal(0, run.Code);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("--foo", "Unrecognized command or argument '--foo'.")]
    [InlineData("check report.docx --last-year", "Required argument missing for option: '--last-year'.")]
    [InlineData("check", "Required argument missing for command: 'check'.")]
    [InlineData("chat --db", "Required argument missing for option: '--db'.")]
    [InlineData("export --format pdf", "pdf")]
    [InlineData("frobnicate", "Unrecognized command or argument 'frobnicate'.")]
    public async Task AUsageErrorIsOneLineAndExitCodeTwo(string line, string message)
    {
        var run = await ProgramRunner.RunAsync("", line.Split(' '));

        Assert.Equal(2, run.Code);
        var error = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("--help", error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task TheFormatFileSwitchIsTakenByEveryCommand()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-format-{Guid.NewGuid():N}.json");

        var run = await ProgramRunner.RunAsync("", ["check", "report.txt", "--format-file", missing]);

        Assert.Equal(1, run.Code);
        Assert.StartsWith("The report format cannot be used:", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
