using ReportBot.Commands;
using ReportBot.Storage;

namespace ReportBot.Hosting;

public static class ReportCommandsHost
{
    /// <summary>The one-shot commands print to the console; logs stay on standard error.</summary>
    public static IHostApplicationBuilder AddReportCommands(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ReportCommands>(sp, Console.Out, Console.Error));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CheckCommand>(sp, Console.Out, Console.Error));
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder;
    }

    /// <summary>Brings the store up to date, runs one command, returns its exit code.</summary>
    public static async Task<int> RunCommandAsync(this IHost host, CommandLine line)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        if (line.Command == "check")
        {
            var checks = host.Services.GetRequiredService<CheckCommand>();
            return await checks.RunAsync(line.Operands, line.Switch("--last-year"), line.Switch("--json") is not null, line.Switch("--csv") is not null, cancel.Token);
        }
        await host.Services.GetRequiredService<ReportStore>().MigrateAsync(cancel.Token);
        var commands = host.Services.GetRequiredService<ReportCommands>();
        return line.Command switch
        {
            "reports" => await commands.ListAsync(cancel.Token),
            "export" => await commands.ExportAsync(line.Switch("--report"), line.Switch("--format"), line.Switch("--out"), cancel.Token),
            _ => await commands.ImportAsync(line.Operands.Count > 0 ? line.Operands[0] : null, cancel.Token),
        };
    }
}
