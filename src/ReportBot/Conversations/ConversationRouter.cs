using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Desk;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>A document asked for in chat, built after the commit.</summary>
public enum DocumentRequest { None, Draft, Finished }

/// <summary>What one message did besides the interview's own changes: the replies so far, and a document to build.</summary>
// AsWebPage: the document as a self-contained HTML page (/document html) instead of a .docx.
public sealed record Routed(List<Reply> Replies, DocumentRequest Document = DocumentRequest.None, bool AsWebPage = false);

/// <summary>
/// Decides, for one parsed message, whether it is about people (reports one may see, invitations, the overview),
/// a document, a file, or the interview, and asks the one that owns it. Binding a report goes through the
/// interview's <see cref="Interview.Open"/>; the router never changes the conversation itself.
/// </summary>
public sealed class ConversationRouter(ReportFormats formats, PeopleCommands people, CoordinatorStatus status, Reviews.ReviewCommands reviews, DeskCommands desk)
{
    public async Task<Routed> RouteAsync(StoreSession session, LoadedConversation c, Admission admission, ChatInput input, CheckedSentReport? file, DateTimeOffset now, CancellationToken ct)
    {
        var interview = c.Interview;
        // An invitation was answered when the person was admitted: only the report it leads to is left to open.
        var routed = PeopleCommands.InviteCode(input) is null ? await DispatchAsync(session, c, input, file, now, ct)
            : admission.InvitedReportId is { } invited ? new Routed([.. admission.Replies, .. await OpenAsync(session, c, invited, ct)])
            : new Routed([.. admission.Replies]);
        if (interview.Outcome.OpenReport is { } request)
        {
            var opened = await session.FindReportAsync(request.Agency, request.Year, ct)
                ?? await session.CreateReportAsync(formats.ForYear(request.Year).Format.Id, request.Agency, request.Year, c.Person.UserId, now, ct);
            await session.AddMemberAsync(opened.Id, c.Person.UserId, now, ct);
            routed.Replies.AddRange(await OpenAsync(session, c, opened.Id, ct));
        }
        // A change to a submitted report, by anyone, reopens it: said first, before what the change itself said.
        if (interview.StatusChange == ReportStatus.Open) routed.Replies.Insert(0, Interview.ReopenedNotice);
        return routed;
    }

    private async Task<Routed> DispatchAsync(StoreSession session, LoadedConversation c, ChatInput input, CheckedSentReport? file, DateTimeOffset now, CancellationToken ct)
    {
        var interview = c.Interview;
        switch (input)
        {
            case PressInput { Version: { } version, Choice: var choice } when version == c.State.Version:
                if (choice.StartsWith(PeopleCommands.OpenPrefix, StringComparison.Ordinal)) return await OpenByIdAsync(session, c, choice[PeopleCommands.OpenPrefix.Length..], ct);
                if (Reviews.ReviewCommands.Owns(choice)) return await reviews.ChooseAsync(session, c, choice, now, ct);
                if (c.Person.IsCoordinator && StatusQuery.FromChoice(choice) is { } page) return new Routed([await status.PageAsync(session, page, now, ct)]);
                if (c.Person.IsCoordinator && choice == StatusTexts.ExportChoice) return new Routed([await desk.ExportAsync(session, now, ct)]);
                return Said(interview, i => i.Choose(choice));
            case PressInput:
                return new Routed(Prefixed(ConversationTexts.Stale, Run(interview, i => i.Start())));
            case FileInput when file is not null:
                return new Routed([SentReportCheck.Apply(file, c.Report, c.Answers, c.LastYear)]);
            case FileInput:
                return new Routed([new Reply(ConversationTexts.FileNotExpected)]);
            case CommandInput command:
                return await CommandAsync(session, c, command, now, ct);
            case TextInput { Text.Length: > ConversationTexts.MaxMessageLength } text when interview.WantsText:
                return new Routed([new Reply(ConversationTexts.TooLong(text.Text.Length))]);
            case TextInput { Text.Length: > ConversationTexts.MaxMessageLength } text:
                return Said(interview, i => i.AnswerTooLong(text.Text.Length));
            case TextInput text:
                return Said(interview, i => i.Answer(text.Text));
            default:
                return new Routed([new Reply(ConversationTexts.NotText)]);
        }
    }

    private async Task<Routed> CommandAsync(StoreSession session, LoadedConversation c, CommandInput command, DateTimeOffset now, CancellationToken ct)
    {
        var interview = c.Interview;
        if (ChatCommands.Find(command.Name) is not { } known) return new Routed([new Reply(ConversationTexts.UnknownCommand)]);
        if (known.Audience == Audience.Coordinators && !c.Person.IsCoordinator) return new Routed([new Reply(ConversationTexts.CoordinatorsOnly)]);
        return known.Name switch
        {
            // A coordinator with reports, and no report open, chooses one to continue (or /new) rather than starting afresh.
            ChatCommands.Start when c.State.ReportId is null && c.Person.IsCoordinator && await people.ListAsync(session, c.Person, ct) is { Buttons.Count: > 0 } list =>
                new Routed([list with { Text = $"{list.Text}\n{ConversationTexts.ContinueOrNew}" }]),
            ChatCommands.Start => Said(interview, i => i.Start()),
            ChatCommands.New => Said(interview, i => i.NewReport()),
            ChatCommands.Back => Said(interview, i => i.Back()),
            ChatCommands.Skip => Said(interview, i => i.Skip()),
            ChatCommands.Review => Said(interview, i => i.Review()),
            ChatCommands.Submit => Said(interview, i => i.Submit()),
            ChatCommands.Cancel => Said(interview, i => i.Cancel()),
            ChatCommands.LastYear when c.Report is not null && await LastYearLoader.StoredAsync(session, c.Report, ct) is not null =>
                new Routed([new Reply(ConversationTexts.LastYearInStore(LastYearPairing.YearBefore(c.Report.Year)))]),
            ChatCommands.LastYear => Said(interview, i => i.TypeLastYear()),
            ChatCommands.Help => new Routed([new Reply(ConversationTexts.Help(c.Person.IsCoordinator))]),
            ChatCommands.Check => new Routed([new Reply(ConversationTexts.HowToCheckAReport)]),
            ChatCommands.Snapshot => new Routed([], DocumentRequest.Draft, AsWebPage(command)),
            ChatCommands.Document => new Routed([], DocumentRequest.Finished, AsWebPage(command)),
            ChatCommands.Reports => new Routed([await people.ListAsync(session, c.Person, ct)]),
            ChatCommands.Open => await OpenByIdAsync(session, c, command.Args.Count > 0 ? command.Args[0] : null, ct),
            ChatCommands.Invite => new Routed([await people.InviteAsync(session, c.Person, c.State.ReportId, now, ct)]),
            ChatCommands.Status => new Routed([await status.CommandAsync(session, command.Args, now, ct)]),
            ChatCommands.Deadline => new Routed([await desk.DeadlineAsync(session, c.State.ReportId, command.Args, now, ct)]),
            ChatCommands.Consolidate => new Routed([await desk.ConsolidateAsync(session, c.Person, command.Args, now, ct)]),
            ChatCommands.Export => new Routed([await desk.ExportAsync(session, now, ct)]),
            ChatCommands.Assign or ChatCommands.History or ChatCommands.Return or ChatCommands.Approve or ChatCommands.Comments =>
                await reviews.CommandAsync(session, c, command, now, ct),
            _ => throw new InvalidOperationException($"chat command /{known.Name} has no route"),
        };
    }

    private async Task<Routed> OpenByIdAsync(StoreSession session, LoadedConversation c, string? id, CancellationToken ct)
    {
        var (reportId, refusal) = await PeopleCommands.MayOpenAsync(session, c.Person, id, ct);
        return new Routed(refusal is not null ? [refusal] : await OpenAsync(session, c, reportId!.Value, ct));
    }

    /// <summary>The interview opens the report (or says why not now), with its answers and last year's.</summary>
    private async Task<List<Reply>> OpenAsync(StoreSession session, LoadedConversation c, long reportId, CancellationToken ct)
    {
        var report = (await session.FindReportAsync(reportId, ct))!;
        var answers = AnswerSet.Adopt(await session.AnswersAsync(reportId, ct));
        var lastYear = await LastYearLoader.LoadAsync(session, report, answers, ct);
        return Run(c.Interview, i => i.Open(new BoundReport(report.Info, answers, lastYear, formats.For(report))));
    }

    /// <summary>What one intent said (the interview's outcome gathers every intent of this message).</summary>
    private static List<Reply> Run(Interview interview, Func<Interview, InterviewOutcome> intent)
    {
        var before = interview.Outcome.Replies.Count;
        return intent(interview).Replies.Skip(before).ToList();
    }

    /// <summary>A notice before what the interview said, in the same message: one message per input.</summary>
    private static List<Reply> Prefixed(string notice, List<Reply> said) =>
        said.Count == 0 ? [new Reply(notice)] : [said[0] with { Text = $"{notice}\n\n{said[0].Text}" }, .. said.Skip(1)];

    private static bool AsWebPage(CommandInput command) => command.Args is [var format, ..] && format.Equals("html", StringComparison.OrdinalIgnoreCase);

    private static Routed Said(Interview interview, Func<Interview, InterviewOutcome> intent) => new(Run(interview, intent));
}
