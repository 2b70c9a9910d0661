using System.Diagnostics;

namespace ReportBot.Tests;

/// <summary>Runs the real ReportBot program in its own process, as a person would from a shell.</summary>
public static class ProgramRunner
{
    /// <summary>
    /// The program in its own build folder (same configuration as the tests), with its own dependencies: the test
    /// folder lacks some, as ASP.NET Core (for the fake Bot API) provides them to the tests as a framework.
    /// </summary>
    public static string ProgramPath
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(ReadmeTests.RepositoryRoot(), "src", "ReportBot", "bin", configuration, framework.Name, "ReportBot.dll");
        }
    }

    public static async Task<(int Code, string Output, string Error)> RunAsync(string input, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        // Tests of the bot set the token in this process; a child runs with only what the test gives it.
        start.Environment.Remove("Bot__Token");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(ProgramPath);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
