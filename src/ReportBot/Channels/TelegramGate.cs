using ReportBot.Conversations;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ReportBot.Channels;

/// <summary>What becomes of an update at the door, before anything of it is stored.</summary>
public enum UpdateRoute { Store, Leave, Refuse, Ignore }

/// <summary>
/// The hostile edge: the sender is checked first. Groups are left; a stranger gets at most one polite refusal
/// (and nothing of theirs is stored, downloaded or edited); refusals have their own small budget, so a flood of
/// strangers never takes the pace that staff replies need.
/// </summary>
public sealed class TelegramGate(ITelegramBotClient bot, TelegramPace pace, TimeProvider clock, ILogger<TelegramGate> log)
{
    private static readonly TimeSpan RefuseOncePer = TimeSpan.FromMinutes(10);

    private readonly PaceBucket budget = new(5, 5, clock);
    private readonly Dictionary<long, DateTimeOffset> refused = [];
    private readonly Lock gate = new();
    private int busy;

    /// <summary>Refusals and departures still being sent (for tests waiting until the bot is idle).</summary>
    public bool Busy => Volatile.Read(ref busy) > 0;

    /// <summary>The person who wrote, edited or pressed, if any.</summary>
    public static User? SenderOf(Update u) => u.Message?.From ?? u.EditedMessage?.From ?? u.CallbackQuery?.From;

    /// <summary>Someone with no conversation yet who may be opening an invitation.</summary>
    public static bool MayBeInvitation(Update u) => u.Message?.Text?.TrimStart().StartsWith("/start ", StringComparison.Ordinal) == true;

    public static UpdateRoute Route(Update u, IReadOnlySet<long> known)
    {
        var chat = u.Message?.Chat ?? u.EditedMessage?.Chat ?? u.CallbackQuery?.Message?.Chat ?? u.MyChatMember?.Chat;
        if (chat is null) return UpdateRoute.Ignore;
        if (chat.Type != ChatType.Private)
            return u.MyChatMember is { NewChatMember.Status: ChatMemberStatus.Left or ChatMemberStatus.Kicked } ? UpdateRoute.Ignore : UpdateRoute.Leave;
        if (u.MyChatMember is not null) return UpdateRoute.Ignore;
        if (SenderOf(u) is not { IsBot: false } sender) return UpdateRoute.Ignore;
        return known.Contains(sender.Id) || MayBeInvitation(u) ? UpdateRoute.Store : UpdateRoute.Refuse;
    }

    /// <summary>In the background, so polling never waits for it.</summary>
    public void Dispatch(Update u, UpdateRoute route, CancellationToken ct)
    {
        if (route is not (UpdateRoute.Leave or UpdateRoute.Refuse)) return;
        Interlocked.Increment(ref busy);
        _ = Task.Run(async () =>
        {
            try
            {
                if (route == UpdateRoute.Leave) await LeaveAsync(u, ct);
                else await RefuseAsync(u, [ConversationTexts.Stranger], ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogInformation("Could not answer update {UpdateId} at the door: {Error}", u.Id, LogText.Escape(e.Message));
            }
            catch (OperationCanceledException)
            {
                // Stopping: a refusal is not worth waiting for.
            }
            finally
            {
                Interlocked.Decrement(ref busy);
            }
        }, CancellationToken.None);
    }

    /// <summary>One refusal per stranger in ten minutes: a press is answered with it, anything else gets a message.</summary>
    public async Task RefuseAsync(Update u, IReadOnlyList<string> texts, CancellationToken ct)
    {
        if (SenderOf(u) is not { } stranger || !FirstInAWhile(stranger.Id) || !budget.TryTake()) return;
        log.LogWarning("Refused user {UserId} ({UserName}) on Telegram", stranger.Id, LogText.Escape(TelegramUpdates.Name(stranger)));
        if (u.CallbackQuery is { } press)
        {
            await pace.WaitAsync(stranger.Id, false, ct);
            await bot.AnswerCallbackQuery(press.Id, Truncate(texts[0], 200), showAlert: true, cancellationToken: ct);
            return;
        }
        foreach (var text in texts)
        {
            await pace.WaitAsync(stranger.Id, true, ct);
            await bot.SendMessage(stranger.Id, text, cancellationToken: ct);
        }
    }

    private async Task LeaveAsync(Update u, CancellationToken ct)
    {
        var chat = (u.Message?.Chat ?? u.EditedMessage?.Chat ?? u.CallbackQuery?.Message?.Chat ?? u.MyChatMember?.Chat)!;
        if (!FirstInAWhile(chat.Id) || !budget.TryTake()) return;
        log.LogInformation("Leaving {Type} chat {ChatId} ({Title})", chat.Type, chat.Id, LogText.Escape(chat.Title));
        try
        {
            await pace.WaitAsync(chat.Id, true, ct);
            await bot.SendMessage(chat.Id, ConversationTexts.PrivateOnly, cancellationToken: ct);
        }
        finally
        {
            // Leave even if the bot may not write there (a channel, a muted group).
            await bot.LeaveChat(chat.Id, ct);
        }
    }

    private bool FirstInAWhile(long id)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (refused.TryGetValue(id, out var at) && now - at < RefuseOncePer) return false;
            if (refused.Count > 10_000) refused.Clear();
            refused[id] = now;
            return true;
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
