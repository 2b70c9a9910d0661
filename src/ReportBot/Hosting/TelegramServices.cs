using Microsoft.Extensions.Options;
using ReportBot.Channels;
using ReportBot.Reminders;
using Telegram.Bot;

namespace ReportBot.Hosting;

public static class TelegramServices
{
    /// <summary>The Telegram bot: a typed HttpClient for the Bot API, the durable inbox and outbox and their workers.</summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section)
            .PostConfigure(o => o.Token = TelegramOptions.TokenFromEnvironment())
            .Validate(o => o.Token is not null, $"{TelegramOptions.TokenVariable} is not set: export {TelegramOptions.TokenVariable}=123456:ABC… (the token BotFather gave you).")
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpClient(nameof(TelegramBotClient))
            // The Bot API puts the token in every URL; HttpClient's own request logs would print it.
            .RemoveAllLoggers()
            // The long poll holds a request open for PollSeconds; the client must wait longer than that.
            .ConfigureHttpClient((sp, http) =>
            {
                var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
                http.Timeout = TimeSpan.FromSeconds(o.PollSeconds + o.RequestSeconds);
            })
            .AddTypedClient<ITelegramBotClient>((http, sp) =>
            {
                var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
                // No retries inside a call: a 429 would hold the chat (or polling) there; the outbox retries instead.
                return new TelegramBotClient(new TelegramBotClientOptions(o.Token!, o.BaseUrl) { RetryThreshold = 0, RetryCount = 1 }, http);
            });
        builder.Services.AddSingleton<TelegramSignals>();
        builder.Services.AddSingleton<TelegramPace>();
        builder.Services.AddSingleton<TelegramGate>();
        builder.Services.AddSingleton<TelegramOutbox>();
        builder.Services.AddSingleton<Documents.BuiltDocuments>();
        builder.Services.AddSingleton<TelegramDelivery>();
        builder.Services.AddSingleton<TelegramBacklog>();
        builder.Services.AddSingleton<TelegramUpdateHandler>();
        // Three loops: polling stores batches, the inbox worker handles them, the sender delivers the replies.
        builder.Services.AddHostedService<TelegramWorker>();
        builder.Services.AddHostedService<TelegramInboxWorker>();
        builder.Services.AddHostedService<TelegramSenderWorker>();
        // The sender builds the documents: compiled at start, not on the first submission.
        builder.Services.AddHostedService<DocumentWarmup>();
        // Deadline reminders go out through this outbox, at its pace.
        builder.AddReminders();
        return builder;
    }
}
