using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Documents;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>
/// One incoming message in, replies out, for any channel: load the conversation, run the interview, save the
/// answers, history, state and delivery id in one transaction, and only then return the replies.
/// </summary>
public sealed class ConversationService(
    ReportStore store, InterviewContext context, ReportDocuments documents, PeopleCommands people, FileChecks files, TimeProvider clock, ILogger<ConversationService> log)
{
    private enum DocumentRequest { None, Draft, Finished }

    public Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, CancellationToken ct) => HandleAsync(message, null, ct);

    /// <summary>
    /// As <see cref="HandleAsync(IncomingMessage, CancellationToken)"/>; <paramref name="beforeCommit"/> gets the replies
    /// inside the transaction, so a channel with a durable outbox stores them with the answer they acknowledge. It is
    /// not called when nothing is committed (a duplicate delivery, a stranger).
    /// </summary>
    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, Func<StoreSession, IReadOnlyList<Reply>, CancellationToken, Task>? beforeCommit, CancellationToken ct)
    {
        // A file is read and checked before the write lock is taken: other chats never wait on it.
        var checkedFile = message.File is { Content: { } content } file ? files.Read(file.FileName, content) : null;
        await using var session = await store.BeginAsync(ct);
        var inbox = $"{message.Channel}:{message.ChatId}";
        if (message.UpdateId is { } updateId && await session.WasHandledAsync(inbox, updateId, ct))
        {
            log.LogInformation("Skipped duplicate update {UpdateId} in {Inbox}", updateId, inbox);
            return [];
        }
        var now = clock.GetUtcNow();
        var person = await session.FindPersonAsync(message.UserId, ct);
        var outcome = new InterviewOutcome();
        long? bind = null;
        if (PeopleCommands.InviteCode(message.Text) is { } code)
        {
            (var accepted, var invited) = await people.AcceptInviteAsync(session, message, person, code, now, ct);
            outcome.Replies.AddRange(invited.Replies);
            (person, bind) = (accepted ?? person, invited.BindReportId);
        }
        if (person is null)
        {
            // A stranger: one polite refusal, nothing stored, not even the delivery id.
            log.LogWarning("Refused user {UserId} ({UserName}) on {Channel}", message.UserId, message.UserName, message.Channel);
            return outcome.Replies.Count > 0 ? outcome.Replies : [new Reply(ConversationTexts.Stranger)];
        }
        if (message.UpdateId is { } id) await session.MarkHandledAsync(inbox, id, now, ct);

        var state = await session.ConversationAsync(person.UserId, ct);
        var before = Snapshot(state);
        var (report, answers) = await LoadReportAsync(session, state.ReportId, ct);
        var lastYear = report is null ? null : await LastYearAsync(session, report, answers, ct);
        var request = DocumentCommand(message.Text);
        if (bind is null && request == DocumentRequest.None && outcome.Replies.Count == 0)
        {
            var handled = await people.TryHandleAsync(session, person, state, message.Text, ButtonValue(message.Choice, state), now, ct);
            if (handled is not null) (bind, outcome) = (handled.BindReportId, Outcome(handled.Replies));
            else if (checkedFile is not null) outcome = Outcome([FileChecks.Apply(checkedFile, report, answers, lastYear)]);
            else if (IsCommand(message.Text, "/lastyear") && report is not null && await session.FindReportAsync(report.Agency, report.Year - 1, ct) is not null)
                outcome = Outcome([new Reply(ConversationTexts.LastYearInStore(report.Year - 1))]);
            // Only coordinators create reports (or open one by name); staff reach a report only by invitation.
            else outcome = Dispatch(message, new Interview(context, state, answers, report?.Info, lastYear) { MayCreateReports = person.IsCoordinator }, state);
        }

        // A change to a submitted report, by anyone, reopens it: the finished document no longer matches it.
        if (report?.Status == "submitted" && answers.Changes.Count > 0 && outcome.Submitted is null)
        {
            outcome.Submitted = false;
            outcome.Replies.Insert(0, new Reply(ConversationTexts.Reopened));
        }
        if (report is not null) await session.SaveAnswersAsync(report.Id, answers.Changes, person.UserId, now, ct);
        if (report is not null && outcome.Submitted is { } submitted) await session.SetSubmittedAsync(report.Id, submitted, now, ct);
        if (outcome.OpenReport is { } open)
        {
            var opened = await session.FindReportAsync(open.Agency, open.Year, ct)
                ?? await session.CreateReportAsync(context.Format.Id, open.Agency, open.Year, person.UserId, now, ct);
            await session.AddMemberAsync(opened.Id, person.UserId, now, ct);
            bind = opened.Id;
        }
        if (bind is { } reportId) outcome.Replies.AddRange((await BindAsync(session, state, reportId, ct)).Replies);
        if (answers.Changes.Count > 0 || Snapshot(state) != before) state.Version++;
        await session.SaveConversationAsync(person.UserId, message.ChatId, state, now, ct);
        var coordinators = outcome.Submitted == true ? await session.CoordinatorIdsAsync(ct) : [];

        // Documents are built before the commit (about 3 ms for the seed report), so they are stored with the answer.
        if (outcome.Submitted == true && report is not null)
        {
            var finished = documents.Docx(report.Info with { Submitted = true }, answers, draft: false, lastYear);
            outcome.Replies.Add(new Reply(ConversationTexts.FinishedAttached, [], finished));
            var title = context.Format.TitleFor(report.Agency, report.Year);
            foreach (var coordinator in coordinators.Where(c => c != person.UserId))
                outcome.Replies.Add(new Reply(ConversationTexts.SubmittedBy(person.DisplayName, title), [], finished, coordinator));
        }
        else if (request != DocumentRequest.None)
        {
            outcome.Replies.Add(DocumentReply(request, report, answers, lastYear, report?.Status == "submitted"));
        }
        var replies = outcome.Replies.Select(r => Versioned(r, state.Version)).ToList();
        if (beforeCommit is not null) await beforeCommit(session, replies, ct);
        await session.CommitAsync(ct);
        return replies;
    }

    /// <summary>The conversation now works on this report: its first open question is asked.</summary>
    private async Task<InterviewOutcome> BindAsync(StoreSession session, ConversationState state, long reportId, CancellationToken ct)
    {
        var report = (await session.FindReportAsync(reportId, ct))!;
        (state.ReportId, state.State, state.QuestionId, state.ResumeQuestionId, state.Draft) =
            (reportId, report.Status == "submitted" ? InterviewState.Submitted : InterviewState.Answering, null, null, null);
        var answers = new AnswerSet(await session.AnswersAsync(reportId, ct));
        var interview = new Interview(context, state, answers, report.Info);
        return report.Status == "submitted" ? interview.Start() : interview.Opened();
    }

    private static InterviewOutcome Dispatch(IncomingMessage message, Interview interview, ConversationState state)
    {
        if (message.Choice is { } choice)
        {
            if (ButtonValue(choice, state) is not { } value)
            {
                var current = interview.Start();
                current.Replies.Insert(0, new Reply(ConversationTexts.Stale));
                return current;
            }
            return interview.Choose(value);
        }
        if (message.Text is not { } text) return Outcome([new Reply(message.File is null ? ConversationTexts.NotText : ConversationTexts.FileNotExpected)]);
        if (text.Length > ConversationTexts.MaxMessageLength) return Outcome([new Reply(ConversationTexts.TooLong(text.Length))]);
        var trimmed = text.Trim();
        // Commands are Latin letters after a slash; a lone "/" (a blank cell, as some reports print it) is an answer.
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsAsciiLetter(trimmed[1])) return interview.Answer(text);
        return trimmed.Split(' ', '@')[0].ToLowerInvariant() switch
        {
            "/start" => interview.Start(),
            "/new" => interview.NewReport(),
            "/back" => interview.Back(),
            "/skip" => interview.Skip(),
            "/review" => interview.Review(),
            "/submit" => interview.Submit(),
            "/cancel" => interview.Cancel(),
            "/help" => interview.Help(),
            "/check" => Outcome([new Reply(ConversationTexts.CheckHow)]),
            "/lastyear" => interview.TypeLastYear(),
            _ => Outcome([new Reply(ConversationTexts.UnknownCommand)]),
        };
    }

    /// <summary>The choice a button press carries, if it was sent at the conversation's current version.</summary>
    private static string? ButtonValue(string? data, ConversationState state) =>
        data is not null && ButtonChoice.TryRead(data, out var version, out var value) && version == state.Version ? value : null;

    private static bool IsCommand(string? text, string command) => text?.Trim().Split(' ', '@')[0].Equals(command, StringComparison.OrdinalIgnoreCase) == true;

    private static DocumentRequest DocumentCommand(string? text) => text?.Trim().Split(' ', '@')[0].ToLowerInvariant() switch
    {
        "/snapshot" => DocumentRequest.Draft,
        "/document" => DocumentRequest.Finished,
        _ => DocumentRequest.None,
    };

    private Reply DocumentReply(DocumentRequest request, ReportRow? report, AnswerSet answers, AnswerSet? lastYear, bool submitted)
    {
        if (report is null) return new Reply(ConversationTexts.NoReport);
        if (request == DocumentRequest.Finished && !submitted) return new Reply(ConversationTexts.NotFinished);
        var draft = request == DocumentRequest.Draft;
        return new Reply(draft ? ConversationTexts.DraftAttached : ConversationTexts.FinishedAttached, [], documents.Docx(report.Info, answers, draft, lastYear));
    }

    /// <summary>
    /// Last year's answers: the same 机关's report for the year before when the store has it, else the figures
    /// taken from last year's published report sent in chat (kept as <c>prev.*</c> answers of this report).
    /// </summary>
    public static async Task<AnswerSet?> LastYearAsync(StoreSession session, ReportRow report, AnswerSet answers, CancellationToken ct)
    {
        if (await session.FindReportAsync(report.Agency, report.Year - 1, ct) is { } previous)
            return new AnswerSet(await session.AnswersAsync(previous.Id, ct));
        var carried = answers.Values.Where(a => a.Key.StartsWith(FileChecks.LastYearPrefix, StringComparison.Ordinal))
            .ToDictionary(a => a.Key[FileChecks.LastYearPrefix.Length..], a => a.Value, StringComparer.Ordinal);
        return carried.Count > 0 ? new AnswerSet(carried) : null;
    }

    private static async Task<(ReportRow?, AnswerSet)> LoadReportAsync(StoreSession session, long? reportId, CancellationToken ct)
    {
        if (reportId is not { } id || await session.FindReportAsync(id, ct) is not { } report) return (null, new AnswerSet());
        return (report, new AnswerSet(await session.AnswersAsync(id, ct)));
    }

    private static InterviewOutcome Outcome(IEnumerable<Reply> replies)
    {
        var outcome = new InterviewOutcome();
        outcome.Replies.AddRange(replies);
        return outcome;
    }

    private static Reply Versioned(Reply reply, int version) => reply with
    {
        Buttons = reply.Buttons.Select(row => (IReadOnlyList<Button>)row.Select(b => b with { Choice = ButtonChoice.Write(version, b.Choice) }).ToList()).ToList(),
    };

    private static string Snapshot(ConversationState s) =>
        $"{s.State}|{s.ReportId}|{s.QuestionId}|{s.ResumeQuestionId}|{s.Draft}|{s.PendingAgency}|{s.Explaining}|{s.LastYearStep}";
}
