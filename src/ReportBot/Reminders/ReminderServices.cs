using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportBot.Channels;

namespace ReportBot.Reminders;

public static class ReminderServices
{
    /// <summary>
    /// Deadline reminders through the durable Telegram outbox. Only the Telegram bot adds them: the console chat has one
    /// local person and no outbox, so there reminders are skipped (it says so in the README).
    /// </summary>
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        builder.Services.TryAddSingleton<TelegramOutbox>();
        builder.Services.TryAddSingleton<TelegramSignals>();
        // The seam: who owes work on a report (see IUnfinishedWork).
        builder.Services.TryAddSingleton<IUnfinishedWork, UnfinishedWorkOfAssignees>();
        builder.Services.AddSingleton<ReminderRound>();
        builder.Services.AddHostedService<ReminderWorker>();
        return builder;
    }
}
