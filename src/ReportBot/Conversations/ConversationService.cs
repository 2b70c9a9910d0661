using ReportBot.Core.Interviews;
using ReportBot.Documents;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>
/// One incoming message in, replies out, for any channel. One transaction script: read the file, begin, skip a
/// duplicate, admit the person, load the conversation, route the message, save, render, commit.
/// </summary>
public sealed class ConversationService(
    ReportStore store, ReportFormats formats, ReportDocuments documents, PeopleCommands people, ConversationRouter router, SentReportCheck files,
    ReadOnlyCommands readOnly, TimeProvider clock, ILogger<ConversationService> log, Reviews.StaleEdits staleEdits, Reviews.ReviewDesk review, Reviews.ReportProgress progress)
{
    public Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, CancellationToken ct) => HandleAsync(message, null, ct);

    /// <summary>
    /// As <see cref="HandleAsync(IncomingMessage, CancellationToken)"/>; <paramref name="beforeCommit"/> gets the replies
    /// inside the transaction, so a channel with a durable outbox stores them with the answer they acknowledge. It is
    /// not called when nothing is committed (a duplicate delivery, a stranger). With it, documents are not built here:
    /// the replies are <see cref="DeferredReplies"/> whose jobs the outbox stores; without it, they are built after the commit.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, Func<StoreSession, IReadOnlyList<Reply>, CancellationToken, Task>? beforeCommit, CancellationToken ct)
    {
        var replies = await HandleInTurnAsync(message, beforeCommit, ct);
        if (beforeCommit is not null || replies is not DeferredReplies deferred) return replies;
        // Outside the write turn: other chats' messages go on while the .docx is built.
        using (MessagePhases.Start("documents")) return deferred.Build(documents);
    }

    private async Task<IReadOnlyList<Reply>> HandleInTurnAsync(IncomingMessage message, Func<StoreSession, IReadOnlyList<Reply>, CancellationToken, Task>? beforeCommit, CancellationToken ct)
    {
        var input = ChatInput.Parse(message);
        // Commands that only read (the overview reads many reports) are answered outside the write turn.
        if (ReadOnlyCommands.Applies(input) && await readOnly.TryHandleAsync(message, input, beforeCommit, ct) is { } read) return read;
        // A file is read and checked before the write lock is taken: other chats never wait on it.
        var file = message.File is { Content: { } content } sent ? await files.ReadAsync(sent.FileName, content) : null;
        StoreSession session;
        using (MessagePhases.Start("begin")) session = await store.BeginAsync(ct);
        await using var disposing = session;
        var inbox = $"{message.Channel}:{message.ChatId}";
        var now = clock.GetUtcNow();
        bool fresh;
        using (MessagePhases.Start("admit")) fresh = message.UpdateId is not { } updateId || await session.MarkHandledAsync(inbox, updateId, now, ct);
        if (!fresh)
        {
            log.LogInformation("Skipped duplicate update {UpdateId} in {Inbox}", message.UpdateId, inbox);
            return [];
        }
        Admission admission;
        using (MessagePhases.Start("admit")) admission = await people.AdmitAsync(session, message, input, now, ct);
        if (admission.Person is not { } person)
        {
            // A stranger: one polite refusal, nothing stored, not even the delivery id (the session is not committed).
            log.LogWarning("Refused user {UserId} ({UserName}) on {Channel}", message.UserId, message.UserName, message.Channel);
            return admission.Replies;
        }
        LoadedConversation conversation;
        using (MessagePhases.Start("load")) conversation = await LoadedConversation.LoadAsync(session, person, formats, ct, now, (input as TextInput)?.Text);
        Routed routed;
        using (MessagePhases.Start("route")) routed = await router.RouteAsync(session, conversation, admission, input, file, now, ct);
        // Co-filling: a change made from an outdated screen is refused, and nothing of this message is kept.
        Reply? stale;
        using (MessagePhases.Start("review")) stale = await staleEdits.RefusalAsync(session, conversation, ct);
        if (stale is not null)
        {
            conversation = await LoadedConversation.LoadAsync(session, person, formats, ct, now, (input as TextInput)?.Text);
            routed = new Routed([stale, .. conversation.Interview.Start().Replies]);
        }
        Reviews.Settlement settled;
        using (MessagePhases.Start("review")) settled = await review.SettleAsync(session, conversation, input, routed.Replies, now, ct);
        var status = settled.Status;
        using (MessagePhases.Start("save")) await SaveAsync(session, conversation, status, message.ChatId, now, ct);
        using (MessagePhases.Start("save")) await Reviews.StaleEdits.RecordAsync(session, conversation, stale is not null, ct);
        var coordinators = settled.SendFinished ? await session.CoordinatorIdsAsync(ct) : [];
        var filledBy = routed.Document == DocumentRequest.Draft && conversation.Report is { } drafted ? await progress.FilledByAsync(session, drafted, ct) : null;
        // Documents are promised here and built later (after the commit, or by the outbox's sender).
        DeferredReplies replies;
        using (MessagePhases.Start("render")) replies = Render(conversation, routed, settled, coordinators, filledBy, now);
        using (MessagePhases.Start("outbox"))
            if (beforeCommit is not null) await beforeCommit(session, replies, ct);
        using (MessagePhases.Start("commit")) await session.CommitAsync(ct);
        return replies;
    }

    /// <summary>The answers with their history, the report's status and the conversation, all in this transaction.</summary>
    private static async Task SaveAsync(StoreSession session, LoadedConversation c, ReportStatus? status, long chatId, DateTimeOffset now, CancellationToken ct)
    {
        if (c.Report is { } report)
        {
            await session.SaveAnswersAsync(report.Id, c.Answers.Changes, c.Person.UserId, now, ct);
            if (status is { } changed) await session.SetStatusAsync(report.Id, changed, now, ct);
        }
        await session.SaveConversationAsync(c.Person.UserId, chatId, c.Interview.Conversation, now, ct);
    }

    private DeferredReplies Render(LoadedConversation c, Routed routed, Reviews.Settlement settled, IReadOnlyList<long> coordinators, IReadOnlyList<string>? filledBy, DateTimeOffset now)
    {
        var replies = routed.Replies;
        if (settled.SendFinished && c.Report is { } report)
        {
            var finished = documents.Promise(report.FormatId, report.Info with { Status = ReportStatus.Submitted }, c.Answers, c.LastYear, draft: false, now);
            replies.Add(new Reply(ConversationTexts.FinishedAttached, [], finished));
            var title = formats.For(report).Format.TitleFor(report.Agency, report.Year);
            foreach (var coordinator in coordinators.Where(u => u != c.Person.UserId))
                replies.Add(new Reply(ConversationTexts.SubmittedBy(c.Person.DisplayName, title), [], finished, coordinator));
        }
        else if (routed.Document != DocumentRequest.None)
        {
            replies.Add(DocumentReply(routed.Document, routed.AsWebPage, c, settled.Final, filledBy, now));
        }
        var version = c.Interview.Conversation.Version;
        // Every promised document, whoever promised it (the review desk's too), is built after the commit.
        return new DeferredReplies(replies.Select(r => r.Versioned(version)).ToList());
    }

    private Reply DocumentReply(DocumentRequest request, bool asWebPage, LoadedConversation c, bool final, IReadOnlyList<string>? filledBy, DateTimeOffset now)
    {
        if (c.Report is not { } report) return new Reply(ConversationTexts.NoReport);
        // Under review only an approved report is final (Reviews.ReviewDesk).
        if (request == DocumentRequest.Finished && !final)
            return new Reply(report.Status == ReportStatus.Submitted ? Reviews.ReviewTexts.NotApproved : ConversationTexts.NotFinished);
        var draft = request == DocumentRequest.Draft;
        return new Reply(draft ? ConversationTexts.DraftAttached : ConversationTexts.FinishedAttached, [], documents.Promise(report.FormatId, report.Info, c.Answers, c.LastYear, draft, now, asWebPage, filledBy));
    }
}
