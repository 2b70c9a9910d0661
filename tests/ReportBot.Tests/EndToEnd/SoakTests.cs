using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ReportBot.Tests.EndToEnd;

/// <summary>The soak program, short: the real bot process killed twice under faults loses and doubles nothing.</summary>
public sealed partial class SoakTests
{
    [Fact]
    public async Task ThreeChatsFillingWholeReportsThroughTwoKillsAndFaultsLoseNothing()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var soak = Path.Combine(ReadmeTests.RepositoryRoot(), "tests", "ReportBot.Soak", "bin", framework.Parent!.Name, framework.Name, "ReportBot.Soak.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { soak, "--chats", "3", "--kills", "2", "--fault-every-ms", "2500", "--chat-pace", "20" }) start.ArgumentList.Add(arg);
        start.Environment.Remove("Bot__Token");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(8));
        var printed = await output + await error;

        Assert.Equal("2", Figure(printed, "kills (SIGKILL)"));
        Assert.Equal("0", Figure(printed, "answers lost"));
        Assert.Equal("0", Figure(printed, "answers applied twice"));
        Assert.Equal("0", Figure(printed, "confirmed updates never answered"));
        Assert.Equal(0, process.ExitCode);
    }

    private static string Figure(string printed, string name) =>
        Regex.Match(printed, $@"^\s*{Regex.Escape(name)}\s+(\d+)", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value : $"(no \"{name}\" in: {printed})";
}
