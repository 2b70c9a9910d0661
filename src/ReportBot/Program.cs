using Microsoft.Extensions.Options;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;

// ReportBot [chat] [--db PATH] [--user NAME] | diagram
var command = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "chat";
if (command == "diagram")
{
    Console.WriteLine(Interview.Diagram());
    return 0;
}
if (command != "chat")
{
    await Console.Error.WriteLineAsync($"Unknown command \"{command}\". Use: chat [--db PATH] [--user NAME] | diagram");
    return 2;
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddCommandLine(args.Where(a => a != command).ToArray(), CommandLineSwitches.Map);
builder.AddReportBot().AddConsoleChat();
try
{
    await builder.Build().RunAsync();
    return 0;
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
