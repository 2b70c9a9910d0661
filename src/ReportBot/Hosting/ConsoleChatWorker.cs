using Microsoft.Extensions.Options;
using ReportBot.Channels;

namespace ReportBot.Hosting;

/// <summary>Runs the local console chat on standard input/output and stops the host at the end of input.</summary>
public sealed class ConsoleChatWorker(ConsoleChat chat, IOptions<ConsoleChatOptions> options, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            await chat.RunAsync(Console.In, Console.Out, options.Value.User, options.Value.Documents, echo: Console.IsInputRedirected, stoppingToken);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
