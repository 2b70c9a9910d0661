using ReportBot.Conversations;
using ReportBot.Core.Interviews;
using ReportBot.Core.Reviews;
using ReportBot.Documents;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Reviews;

/// <summary>
/// The co-filling and review commands and their buttons, for the router: <c>/assign</c>, <c>/history</c>,
/// <c>/return</c>, <c>/approve</c>, <c>/comments</c>. Each works on the conversation's current report; the status
/// moves only as <see cref="ReportLifecycle"/> allows.
/// </summary>
public sealed class ReviewCommands(ReportFormats formats, ReportDocuments documents, AssignCommands assign, HistoryCommands history)
{
    public const string FixPrefix = "fix:";

    public static bool Owns(string choice) =>
        choice.StartsWith(AssignCommands.Prefix, StringComparison.Ordinal) || choice.StartsWith(FixPrefix, StringComparison.Ordinal)
        || choice.StartsWith(Interview.HistoryChoicePrefix, StringComparison.Ordinal);

    public async Task<Routed> ChooseAsync(StoreSession session, LoadedConversation c, string choice, DateTimeOffset now, CancellationToken ct)
    {
        if (c.Report is not { } report) return Say(ReviewTexts.NeedReport);
        if (choice.StartsWith(AssignCommands.Prefix, StringComparison.Ordinal))
            return c.Person.IsCoordinator ? new Routed(await assign.ChooseAsync(session, c.Person, report, choice, now, ct)) : Say(ConversationTexts.CoordinatorsOnly);
        if (choice.StartsWith(Interview.HistoryChoicePrefix, StringComparison.Ordinal))
            return new Routed([await history.ShowAsync(session, c.Person, report, choice[Interview.HistoryChoicePrefix.Length..], ct)]);
        // 去修改: to the returned item; the comment is shown there (ReviewDesk).
        var target = choice[FixPrefix.Length..];
        var question = new ItemNames(formats.For(report)).QuestionsOf(target).FirstOrDefault();
        var before = c.Interview.Outcome.Replies.Count;
        return question is null ? Say(ReviewTexts.UnknownPart) : new Routed(c.Interview.Jump(question.Id).Replies.Skip(before).ToList());
    }

    public async Task<Routed> CommandAsync(StoreSession session, LoadedConversation c, CommandInput command, DateTimeOffset now, CancellationToken ct)
    {
        if (c.Report is not { } report) return Say(ReviewTexts.NeedReport);
        return command.Name switch
        {
            ChatCommands.Assign => new Routed([await assign.MenuAsync(session, report, null, ct)]),
            ChatCommands.History => new Routed([await history.CommandAsync(session, c.Person, report, command.Args, ct)]),
            ChatCommands.Comments => new Routed([await CommentsAsync(session, report, ct)]),
            ChatCommands.Return => await ReturnAsync(session, c, report, command.Args, now, ct),
            ChatCommands.Approve => await ApproveAsync(session, c, report, now, ct),
            _ => throw new InvalidOperationException($"/{command.Name} is not a review command"),
        };
    }

    /// <summary><c>/return 三 5 意见</c> or <c>/return 三 意见</c>: the item (or section) goes back with the comment, to whoever fills it.</summary>
    private async Task<Routed> ReturnAsync(StoreSession session, LoadedConversation c, ReportRow report, IReadOnlyList<string> args, DateTimeOffset now, CancellationToken ct)
    {
        var names = new ItemNames(formats.For(report));
        if (args.Count < 2 || names.Section(args[0]) is not { } section) return Say(ReviewTexts.ReturnUsage);
        var item = int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var n) ? names.Item(section, n) : null;
        if (int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out _) && item is null) return Say(ReviewTexts.ReturnUsage);
        var body = string.Join(' ', args.Skip(item is null ? 1 : 2));
        if (body.Length == 0) return Say(ReviewTexts.ReturnUsage);
        var lifecycle = new ReportLifecycle(report.Status);
        if (!lifecycle.Return()) return Say(ReviewTexts.ReturnNeedsSubmitted);
        var target = item?.Id ?? section.Id;
        await session.AddCommentAsync(report.Id, target, c.Person.UserId, body, now, ct);
        await session.SetStatusAsync(report.Id, lifecycle.Status, now, ct);
        // To whoever fills the item; everyone invited when nobody was given it.
        var owner = new Assignments(await session.AssignmentsAsync(report.Id, null, ct)).OwnerOf(report.Id, item ?? names.QuestionsOf(section.Id).First());
        var to = owner is not null ? [owner.UserId] : (await session.MembersAsync(report.Id, ct)).Where(m => !m.IsCoordinator).Select(m => m.UserId).ToList();
        var title = names.Context.Format.TitleFor(report.Agency, report.Year);
        var targetName = names.TargetName(target);
        List<Reply> replies = [new Reply(ReviewTexts.ReturnedDone(targetName, to.Count)), .. to.Select(u => new Reply(ReviewTexts.Returned(title, targetName, body), [], null, u))];
        return new Routed(replies);
    }

    /// <summary><c>/approve</c>: a submitted report becomes 定稿; the coordinator receives the finished document.</summary>
    private async Task<Routed> ApproveAsync(StoreSession session, LoadedConversation c, ReportRow report, DateTimeOffset now, CancellationToken ct)
    {
        var lifecycle = new ReportLifecycle(report.Status);
        if (!lifecycle.Approve()) return Say(ReviewTexts.ApproveNeedsSubmitted);
        await session.SetStatusAsync(report.Id, lifecycle.Status, now, ct);
        var title = formats.For(report).Format.TitleFor(report.Agency, report.Year);
        var finished = documents.Promise(report.FormatId, report.Info with { Status = ReportStatus.Approved }, c.Answers, c.LastYear, draft: false, now);
        var members = (await session.MembersAsync(report.Id, ct)).Where(m => m.UserId != c.Person.UserId);
        return new Routed([new Reply(ReviewTexts.Approved(title), [], finished), .. members.Select(m => new Reply(ReviewTexts.ApprovedNotice(title), [], null, m.UserId))]);
    }

    /// <summary>The comment thread, open ones with a button to the item.</summary>
    private async Task<Reply> CommentsAsync(StoreSession session, ReportRow report, CancellationToken ct)
    {
        var names = new ItemNames(formats.For(report));
        var comments = await session.CommentsAsync(report.Id, ct);
        if (comments.Count == 0) return new Reply(ReviewTexts.NoComments);
        var lines = new List<string> { ReviewTexts.CommentsTitle };
        lines.AddRange(comments.Select(x => ReviewTexts.CommentLine(names.TargetName(x.Target), x.Author, x.Body, x.CreatedAt, x.ResolvedAt is not null)));
        var buttons = comments.Where(x => x.ResolvedAt is null).Select(x => x.Target).Distinct()
            .Select(t => (IReadOnlyList<Button>)[new Button(ReviewTexts.FixButton(names.TargetName(t)), FixPrefix + t)]).Take(10).ToList();
        return new Reply(string.Join('\n', lines), buttons);
    }

    private static Routed Say(string text) => new([new Reply(text)]);
}
