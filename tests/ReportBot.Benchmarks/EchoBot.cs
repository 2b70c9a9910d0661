using Telegram.Bot;

namespace ReportBot.Benchmarks;

/// <summary>
/// The yardstick: a bare Telegram.Bot bot that long-polls and answers every text with one message, each batch's
/// replies sent side by side. No store, no pace: what the fake Bot API and the client library allow.
/// </summary>
internal static class EchoBot
{
    public static async Task RunAsync(ITelegramBotClient bot, CancellationToken ct)
    {
        var offset = 0;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var updates = await bot.GetUpdates(offset, timeout: 25, cancellationToken: ct);
                if (updates.Length == 0) continue;
                offset = updates[^1].Id + 1;
                await Task.WhenAll(updates.Where(u => u.Message?.Text is not null).Select(u => bot.SendMessage(u.Message!.Chat.Id, u.Message.Text!, cancellationToken: ct)));
            }
            // Telegram.Bot wraps a cancellation that lands mid-response in a RequestException.
            catch (Exception e) when (ct.IsCancellationRequested && e is OperationCanceledException or Telegram.Bot.Exceptions.RequestException)
            {
                // The run is over; a reply still in flight is not waited for.
                return;
            }
        }
    }
}
