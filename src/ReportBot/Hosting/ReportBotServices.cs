using Microsoft.Extensions.Options;
using ReportBot.Channels;
using ReportBot.Conversations;
using ReportBot.Desk;
using ReportBot.Documents;
using ReportBot.Storage;

namespace ReportBot.Hosting;

public static class ReportBotServices
{
    /// <summary>The format, the store and the conversation service every channel shares.</summary>
    public static IHostApplicationBuilder AddReportBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<FormatOptions>().BindConfiguration(FormatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => ReportFormats.Load(sp.GetRequiredService<IOptions<FormatOptions>>().Value));
        // Services that work on no particular report use the newest format; a report's own comes from ReportFormats.
        builder.Services.AddSingleton(sp => sp.GetRequiredService<ReportFormats>().Newest);
        builder.Services.AddSingleton(sp => new ReportStore(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        builder.Services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ReportDocuments>();
        builder.Services.AddSingleton<BotIdentity>();
        builder.Services.AddSingleton<CoordinatorStatus>();
        builder.Services.AddSingleton<PeopleCommands>();
        builder.Services.AddSingleton<ConversationRouter>();
        builder.Services.AddSingleton<Reviews.AssignCommands>();
        builder.Services.AddSingleton<Reviews.HistoryCommands>();
        builder.Services.AddSingleton<Reviews.ReviewCommands>();
        builder.Services.AddSingleton<Reviews.ReviewDesk>();
        builder.Services.AddSingleton<Reviews.StaleEdits>();
        builder.Services.AddSingleton<Reviews.ReportProgress>();
        // cofill: the coordinator's desk (deadlines, 汇总, the export of every report).
        builder.Services.AddOptions<StatusOptions>().BindConfiguration(StatusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ConsolidatedReports>();
        builder.Services.AddSingleton<ReportArchive>();
        builder.Services.AddSingleton<DeskCommands>();
        builder.Services.AddSingleton<ReadOnlyCommands>();
        builder.Services.AddSingleton<SentReportCheck>();
        builder.Services.AddSingleton<ConversationService>();
        builder.Services.AddHostedService<StorageInitializer>();
        return builder;
    }

    public static IHostApplicationBuilder AddConsoleChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsoleChatOptions>().BindConfiguration(ConsoleChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ConsoleChat>();
        builder.Services.AddHostedService<ConsoleChatWorker>();
        // The chat owns standard output: logs go to standard error, warnings and above only.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A start-up failure is reported by Program in one line; the host's own stack-trace log would bury it.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        return builder;
    }
}
