using ReportBot.Core.Interviews;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>
/// Commands that change nothing (<c>/status</c>, <c>/reports</c>, <c>/help</c>, and <c>/export</c> or its 📦 button,
/// which builds every report's .docx), answered from a read session so they never hold the write turn; only the
/// delivery id (and, for a durable outbox, the replies) is written afterwards, in a short write of its own. Anything
/// else, and anyone unknown, takes the usual path.
/// </summary>
public sealed class ReadOnlyCommands(ReportStore store, CoordinatorStatus status, PeopleCommands people, TimeProvider clock, Reviews.ReportProgress progress, Desk.DeskCommands desk)
{
    public static bool Applies(ChatInput input) =>
        input is CommandInput { Name: ChatCommands.Status or ChatCommands.Reports or ChatCommands.Help or ChatCommands.Export } or PressInput { Choice: StatusTexts.ExportChoice };

    /// <summary>The replies, or null when the usual path must answer (a stranger, or staff asking for /status).</summary>
    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(
        IncomingMessage message, ChatInput input, Func<StoreSession, IReadOnlyList<Reply>, CancellationToken, Task>? beforeCommit, CancellationToken ct)
    {
        var inbox = $"{message.Channel}:{message.ChatId}";
        Reply reply;
        int version;
        await using (var read = await store.ReadAsync(ct))
        {
            if (message.UpdateId is { } seen && await read.WasHandledAsync(inbox, seen, ct)) return [];
            if (await read.FindPersonAsync(message.UserId, ct) is not { } person) return null;
            if (input is CommandInput { Name: ChatCommands.Status or ChatCommands.Export } or PressInput && !person.IsCoordinator) return null;
            version = (await read.ConversationAsync(person.UserId, ct)).Version;
            // A button from an older screen is the usual path's to refuse.
            if (input is PressInput { Version: var pressed } && pressed != version) return null;
            reply = input switch
            {
                // /status 编号: one report by section and person (co-filling).
                CommandInput { Name: ChatCommands.Status, Args: [var id, ..] } when long.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var reportId)
                    && await read.FindReportAsync(reportId, ct) is { } one => new Reply(await progress.RenderAsync(read, one, ct)),
                CommandInput { Name: ChatCommands.Status, Args: var words } => await status.CommandAsync(read, words, clock.GetUtcNow(), ct),
                CommandInput { Name: ChatCommands.Reports } => await people.ListAsync(read, person, ct),
                CommandInput { Name: ChatCommands.Export } or PressInput => await desk.ExportAsync(read, clock.GetUtcNow(), ct),
                _ => new Reply(ConversationTexts.Help(person.IsCoordinator)),
            };
        }
        IReadOnlyList<Reply> replies = [reply.Versioned(version)];
        if (message.UpdateId is { } updateId)
        {
            await using var write = await store.BeginAsync(ct);
            // Checked again under the write turn: a redelivery may have been handled meanwhile.
            if (!await write.MarkHandledAsync(inbox, updateId, clock.GetUtcNow(), ct)) return [];
            if (beforeCommit is not null) await beforeCommit(write, replies, ct);
            await write.CommitAsync(ct);
        }
        return replies;
    }
}
