using Microsoft.Extensions.Options;
using ReportBot.Commands;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;

// ReportBot [chat] | reports | export | import | diagram — see README.md, "Command line".
var line = CommandLine.Parse(args);
if (line.Command == "diagram")
{
    Console.WriteLine(Interview.Diagram());
    return 0;
}
if (line.Command is not ("chat" or "reports" or "export" or "import"))
{
    await Console.Error.WriteLineAsync($"Unknown command \"{line.Command}\". Commands: chat, reports, export, import, diagram (see README.md).");
    return 2;
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddInMemoryCollection(line.Settings(CommandLineSwitches.Map));
builder.AddReportBot();
if (line.Command == "chat") builder.AddConsoleChat();
else builder.AddReportCommands();
try
{
    using var host = builder.Build();
    if (line.Command == "chat")
    {
        await host.RunAsync();
        return 0;
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
