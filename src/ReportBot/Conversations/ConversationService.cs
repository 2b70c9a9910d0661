using ReportBot.Core.Answers;
using ReportBot.Documents;
using ReportBot.Core.Interviews;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>
/// One incoming message in, replies out, for any channel: load the conversation, run the interview, save the
/// answers, history, state and delivery id in one transaction, and only then return the replies.
/// </summary>
public sealed class ConversationService(ReportStore store, InterviewContext context, ReportDocuments documents, TimeProvider clock, ILogger<ConversationService> log)
{
    private enum DocumentRequest { None, Draft, Finished }

    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        if (message.UpdateId is { } updateId)
        {
            if (await session.LastUpdateIdAsync(message.Channel, ct) >= updateId)
            {
                log.LogInformation("Skipped duplicate update {UpdateId} on {Channel}", updateId, message.Channel);
                return [];
            }
            await session.SaveUpdateIdAsync(message.Channel, updateId, ct);
        }
        var person = await session.FindPersonAsync(message.UserId, ct);
        if (person is null)
        {
            log.LogWarning("Refused user {UserId} ({UserName}) on {Channel}", message.UserId, message.UserName, message.Channel);
            await session.CommitAsync(ct);
            return [new Reply(ConversationTexts.Stranger)];
        }

        var state = await session.ConversationAsync(person.UserId, ct);
        var before = Snapshot(state);
        var (report, answers) = await LoadReportAsync(session, state.ReportId, ct);
        var request = DocumentCommand(message.Text);
        var outcome = request == DocumentRequest.None
            ? Dispatch(message, new Interview(context, state, answers, report?.Info), state)
            : new InterviewOutcome();

        var now = clock.GetUtcNow();
        if (report is not null) await session.SaveAnswersAsync(report.Id, answers.Changes, person.UserId, now, ct);
        if (report is not null && outcome.Submitted is { } submitted) await session.SetSubmittedAsync(report.Id, submitted, now, ct);
        if (outcome.OpenReport is { } open)
        {
            var opened = await session.FindReportAsync(open.Agency, open.Year, ct)
                ?? await session.CreateReportAsync(context.Format.Id, open.Agency, open.Year, person.UserId, now, ct);
            state.ReportId = opened.Id;
            var openedAnswers = new AnswerSet(await session.AnswersAsync(opened.Id, ct));
            outcome.Replies.AddRange(new Interview(context, state, openedAnswers, opened.Info).Opened().Replies);
        }
        if (answers.Changes.Count > 0 || Snapshot(state) != before) state.Version++;
        await session.SaveConversationAsync(person.UserId, message.ChatId, state, now, ct);
        await session.CommitAsync(ct);

        // Documents are built after the commit: the write lock is never held while a file is composed.
        if (outcome.Submitted == true && report is not null) request = DocumentRequest.Finished;
        var submittedNow = outcome.Submitted ?? report?.Status == "submitted";
        if (request != DocumentRequest.None) outcome.Replies.Add(DocumentReply(request, report, answers, submittedNow));
        return outcome.Replies.Select(r => Versioned(r, state.Version)).ToList();
    }

    private static DocumentRequest DocumentCommand(string? text) => text?.Trim().Split(' ', '@')[0].ToLowerInvariant() switch
    {
        "/snapshot" => DocumentRequest.Draft,
        "/document" => DocumentRequest.Finished,
        _ => DocumentRequest.None,
    };

    private Reply DocumentReply(DocumentRequest request, ReportRow? report, AnswerSet answers, bool submitted)
    {
        if (report is null) return new Reply(ConversationTexts.NoReport);
        if (request == DocumentRequest.Finished && !submitted) return new Reply(ConversationTexts.NotFinished);
        var draft = request == DocumentRequest.Draft;
        var file = documents.Docx(report.Info, answers, draft);
        return new Reply(draft ? ConversationTexts.DraftAttached : ConversationTexts.FinishedAttached, [], file);
    }

    private static InterviewOutcome Dispatch(IncomingMessage message, Interview interview, ConversationState state)
    {
        if (message.Choice is { } choice)
        {
            if (!ButtonChoice.TryRead(choice, out var version, out var value) || version != state.Version)
            {
                var current = interview.Start();
                current.Replies.Insert(0, new Reply(ConversationTexts.Stale));
                return current;
            }
            return interview.Choose(value);
        }
        if (message.Text is not { } text) return Say(message.File is null ? ConversationTexts.NotText : ConversationTexts.FileNotExpected);
        if (text.Length > ConversationTexts.MaxMessageLength) return Say(ConversationTexts.TooLong(text.Length));
        var trimmed = text.Trim();
        // Commands are Latin letters after a slash; a lone "/" (a blank cell, as some reports print it) is an answer.
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsAsciiLetter(trimmed[1])) return interview.Answer(text);
        return trimmed.Split(' ', '@')[0].ToLowerInvariant() switch
        {
            "/start" => interview.Start(),
            "/new" => interview.NewReport(),
            "/back" => interview.Back(),
            "/skip" => interview.Skip(),
            "/review" or "/status" => interview.Review(),
            "/submit" => interview.Submit(),
            "/cancel" => interview.Cancel(),
            "/help" => interview.Help(),
            _ => Say(ConversationTexts.UnknownCommand),
        };
    }

    private static async Task<(ReportRow?, AnswerSet)> LoadReportAsync(StoreSession session, long? reportId, CancellationToken ct)
    {
        if (reportId is not { } id || await session.FindReportAsync(id, ct) is not { } report) return (null, new AnswerSet());
        return (report, new AnswerSet(await session.AnswersAsync(id, ct)));
    }

    private static InterviewOutcome Say(string text)
    {
        var outcome = new InterviewOutcome();
        outcome.Replies.Add(new Reply(text));
        return outcome;
    }

    private static Reply Versioned(Reply reply, int version) => reply with
    {
        Buttons = reply.Buttons.Select(row => (IReadOnlyList<Button>)row.Select(b => b with { Choice = ButtonChoice.Write(version, b.Choice) }).ToList()).ToList(),
    };

    private static string Snapshot(ConversationState s) =>
        $"{s.State}|{s.ReportId}|{s.QuestionId}|{s.ResumeQuestionId}|{s.Draft}|{s.PendingAgency}";
}
