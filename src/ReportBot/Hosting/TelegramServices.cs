using Microsoft.Extensions.Options;
using ReportBot.Channels;
using Telegram.Bot;

namespace ReportBot.Hosting;

public static class TelegramServices
{
    /// <summary>The Telegram bot: a typed HttpClient for the Bot API, the update handler and the polling worker.</summary>
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
                return new TelegramBotClient(new TelegramBotClientOptions(o.Token!, o.BaseUrl), http);
            });
        builder.Services.AddSingleton<TelegramReplies>();
        builder.Services.AddSingleton<TelegramOutbox>();
        builder.Services.AddSingleton<TelegramUpdateHandler>();
        builder.Services.AddHostedService<TelegramWorker>();
        return builder;
    }
}
