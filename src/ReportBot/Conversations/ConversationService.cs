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
    /// not called when nothing is committed (a duplicate delivery, a stranger).
    /// </summary>
    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, Func<StoreSession, IReadOnlyList<Reply>, CancellationToken, Task>? beforeCommit, CancellationToken ct)
    {
        var input = ChatInput.Parse(message);
        // Commands that only read (the overview reads many reports) are answered outside the write turn.
        if (ReadOnlyCommands.Applies(input) && await readOnly.TryHandleAsync(message, input, beforeCommit, ct) is { } read) return read;
        // A file is read and checked before the write lock is taken: other chats never wait on it.
        var file = message.File is { Content: { } content } sent ? await files.ReadAsync(sent.FileName, content) : null;
        await using var session = await store.BeginAsync(ct);
        var inbox = $"{message.Channel}:{message.ChatId}";
        if (message.UpdateId is { } updateId && await session.WasHandledAsync(inbox, updateId, ct))
        {
            log.LogInformation("Skipped duplicate update {UpdateId} in {Inbox}", updateId, inbox);
            return [];
        }
        var now = clock.GetUtcNow();
        var admission = await people.AdmitAsync(session, message, input, now, ct);
        if (admission.Person is not { } person)
        {
            // A stranger: one polite refusal, nothing stored, not even the delivery id.
            log.LogWarning("Refused user {UserId} ({UserName}) on {Channel}", message.UserId, message.UserName, message.Channel);
            return admission.Replies;
        }
        if (message.UpdateId is { } id) await session.MarkHandledAsync(inbox, id, now, ct);
        var conversation = await LoadedConversation.LoadAsync(session, person, formats, ct, now);
        var routed = await router.RouteAsync(session, conversation, admission, input, file, now, ct);
        // Co-filling: a change made from an outdated screen is refused, and nothing of this message is kept.
        var stale = await staleEdits.RefusalAsync(session, conversation, ct);
        if (stale is not null)
        {
            conversation = await LoadedConversation.LoadAsync(session, person, formats, ct);
            routed = new Routed([stale, .. conversation.Interview.Start().Replies]);
        }
        var settled = await review.SettleAsync(session, conversation, input, routed.Replies, now, ct);
        var status = settled.Status;
        await SaveAsync(session, conversation, status, message.ChatId, now, ct);
        await Reviews.StaleEdits.RecordAsync(session, conversation, stale is not null, ct);
        var coordinators = settled.SendFinished ? await session.CoordinatorIdsAsync(ct) : [];
        // Documents are built before the commit (about 3 ms for the seed report), so a durable outbox stores them with the answer.
        var filledBy = routed.Document == DocumentRequest.Draft && conversation.Report is { } drafted ? await progress.FilledByAsync(session, drafted, ct) : null;
        var replies = Render(conversation, routed, settled, coordinators, filledBy);
        if (beforeCommit is not null) await beforeCommit(session, replies, ct);
        await session.CommitAsync(ct);
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

    private List<Reply> Render(LoadedConversation c, Routed routed, Reviews.Settlement settled, IReadOnlyList<long> coordinators, IReadOnlyList<string>? filledBy)
    {
        var replies = routed.Replies;
        if (settled.SendFinished && c.Report is { } report)
        {
            var finished = documents.Docx(report.FormatId, report.Info with { Status = ReportStatus.Submitted }, c.Answers, draft: false, c.LastYear);
            replies.Add(new Reply(ConversationTexts.FinishedAttached, [], finished));
            var title = formats.For(report).Format.TitleFor(report.Agency, report.Year);
            foreach (var coordinator in coordinators.Where(u => u != c.Person.UserId))
                replies.Add(new Reply(ConversationTexts.SubmittedBy(c.Person.DisplayName, title), [], finished, coordinator));
        }
        else if (routed.Document != DocumentRequest.None)
        {
            replies.Add(DocumentReply(routed.Document, routed.AsWebPage, c, settled.Final, filledBy));
        }
        var version = c.Interview.Conversation.Version;
        return replies.Select(r => r.Versioned(version)).ToList();
    }

    private Reply DocumentReply(DocumentRequest request, bool asWebPage, LoadedConversation c, bool final, IReadOnlyList<string>? filledBy)
    {
        if (c.Report is not { } report) return new Reply(ConversationTexts.NoReport);
        // Under review only an approved report is final (Reviews.ReviewDesk).
        if (request == DocumentRequest.Finished && !final)
            return new Reply(report.Status == ReportStatus.Submitted ? Reviews.ReviewTexts.NotApproved : ConversationTexts.NotFinished);
        var draft = request == DocumentRequest.Draft;
        var file = asWebPage ? documents.Html(report.FormatId, report.Info, c.Answers, draft, c.LastYear, filledBy) : documents.Docx(report.FormatId, report.Info, c.Answers, draft, c.LastYear, filledBy: filledBy);
        return new Reply(draft ? ConversationTexts.DraftAttached : ConversationTexts.FinishedAttached, [], file);
    }
}
