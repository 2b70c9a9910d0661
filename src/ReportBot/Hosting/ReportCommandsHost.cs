using ReportBot.Commands;

namespace ReportBot.Hosting;

/// <summary>The one-shot commands, as the host serves them.</summary>
public sealed record OneShotCommands(ReportCommands Reports, CheckCommand Check, DeskCommandLine Desk);

public static class ReportCommandsHost
{
    /// <summary>The one-shot commands print to the console; logs stay on standard error, warnings and above.</summary>
    public static IHostApplicationBuilder AddReportCommands(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ReportCommands>(sp, Console.Out, Console.Error));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CheckCommand>(sp, Console.Out, Console.Error));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DeskCommandLine>(sp, Console.Out, Console.Error));
        builder.Services.AddSingleton<OneShotCommands>();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A start-up failure is reported in one line; the host's own stack-trace log would bury it.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        return builder;
    }
}
