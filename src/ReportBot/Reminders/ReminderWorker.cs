using Microsoft.Extensions.Options;
using ReportBot.Core.Deadlines;

namespace ReportBot.Reminders;

/// <summary>
/// The scheduler: a round every <see cref="ReminderOptions.CheckMinutes"/> on the app's clock; in quiet hours it
/// sleeps until 08:00 China time. A failed round is logged and tried again at the next turn.
/// </summary>
public sealed class ReminderWorker(ReminderRound round, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<ReminderWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            log.LogInformation("Deadline reminders are off ({Section}:Enabled is false)", ReminderOptions.Section);
            return;
        }
        var every = TimeSpan.FromMinutes(options.Value.CheckMinutes);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await round.RunAsync(clock.GetUtcNow(), stoppingToken);
                if (sent.Reminders + sent.Digests > 0) log.LogInformation("Queued {Reminders} deadline reminders and {Digests} digests", sent.Reminders, sent.Digests);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "A reminder round failed; trying again in {Minutes} minutes", options.Value.CheckMinutes);
            }
            var now = clock.GetUtcNow();
            await Task.Delay(ChinaTime.NextAllowed(now + every) - now, clock, stoppingToken);
        }
    }
}
