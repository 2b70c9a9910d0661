using Microsoft.Extensions.Options;
using ReportBot.Commands;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;

// ReportBot [bot | chat | reports | export | import | check | diagram] — see README.md, "Command line".
var line = CommandLine.Parse(args);
if (line.Command.Length == 0)
{
    // No command: the bot when a token is set, else the local console chat.
    line = line with { Command = TelegramOptions.TokenFromEnvironment() is null ? "chat" : "bot" };
    if (line.Command == "chat") await Console.Error.WriteLineAsync($"No Telegram token: set {TelegramOptions.TokenVariable} to run the bot. Starting the local console chat.");
}
if (line.Command == "diagram")
{
    Console.WriteLine(Interview.Diagram());
    return 0;
}
if (line.Command is not ("bot" or "chat" or "reports" or "export" or "import" or "check"))
{
    await Console.Error.WriteLineAsync($"Unknown command \"{line.Command}\". Commands: bot, chat, reports, export, import, check, diagram (see README.md).");
    return 2;
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddInMemoryCollection(line.Settings(CommandLineSwitches.Map));
builder.AddReportBot();
if (line.Command == "bot") builder.AddTelegram();
else if (line.Command == "chat") builder.AddConsoleChat();
else builder.AddReportCommands();
try
{
    using var host = builder.Build();
    if (line.Command is "bot" or "chat")
    {
        await host.RunAsync();
        // A worker that cannot go on (Telegram refused the token) sets the exit code before stopping the host.
        return Environment.ExitCode;
    }
    return await host.RunCommandAsync(line);
}
catch (ReportFormatException e)
{
    await Console.Error.WriteLineAsync($"The report format cannot be used: {e.Message}");
    return 1;
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync($"Configuration is incomplete: {string.Join(" ", e.Failures)}");
    return 1;
}
