using Microsoft.Extensions.Options;
using ReportBot.Core.Formats;

namespace ReportBot.Hosting;

/// <summary>
/// Every command runs on the same host: <see cref="ReportBotHost.CreateBuilder"/> and <see cref="ReportBotServices.AddReportBot"/>,
/// started the one way (options validated, the store migrated by <see cref="StorageInitializer"/>). A start-up
/// failure is one line and exit code 1.
/// </summary>
public static class CommandHost
{
    /// <summary>The bot or the console chat: runs until stopped (Ctrl+C, SIGTERM, or the end of the chat's input).</summary>
    public static Task<int> RunServiceAsync(IEnumerable<KeyValuePair<string, string?>> settings, Action<IHostApplicationBuilder> channel) =>
        OneLineFailuresAsync(async () =>
        {
            var builder = ReportBotHost.CreateBuilder(settings);
            builder.AddReportBot();
            channel(builder);
            using var host = builder.Build();
            await host.RunAsync();
            // A worker that cannot go on (Telegram refused the token) sets the exit code before stopping the host.
            return Environment.ExitCode;
        });

    /// <summary>A command over the store: the host is started (so the store is migrated), the command run, the host stopped.</summary>
    public static Task<int> RunOneShotAsync(IEnumerable<KeyValuePair<string, string?>> settings, Func<OneShotCommands, CancellationToken, Task<int>> command) =>
        OneLineFailuresAsync(async () =>
        {
            using var host = Build(settings);
            await host.StartAsync();
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            try
            {
                return await command(host.Services.GetRequiredService<OneShotCommands>(), stopping);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        });

    /// <summary>
    /// A command that reads no store (check): the same composition, not started, so checking a file never leaves a
    /// database behind; what it resolves (the format and its options) is validated as it is resolved.
    /// </summary>
    public static Task<int> RunStoreFreeAsync(IEnumerable<KeyValuePair<string, string?>> settings, Func<OneShotCommands, CancellationToken, Task<int>> command) =>
        OneLineFailuresAsync(async () =>
        {
            using var host = Build(settings);
            return await command(host.Services.GetRequiredService<OneShotCommands>(), CancellationToken.None);
        });

    private static IHost Build(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = ReportBotHost.CreateBuilder(settings);
        builder.AddReportBot();
        builder.AddReportCommands();
        return builder.Build();
    }

    private static async Task<int> OneLineFailuresAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
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
    }
}
