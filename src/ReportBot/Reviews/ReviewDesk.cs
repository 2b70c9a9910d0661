using ReportBot.Conversations;
using ReportBot.Core.Interviews;
using ReportBot.Core.Reviews;
using ReportBot.Core.Rules;
using ReportBot.Documents;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Reviews;

/// <summary>
/// What a message did to the report's review, once the interview is done with it: the status to save, what the
/// coordinators and staff are told, and whether the finished document may go out.
/// <para><paramref name="Final"/>: the finished document (without 草稿) may be given for this report now.</para>
/// </summary>
public sealed record Settlement(ReportStatus? Status, bool SendFinished, bool Final);

/// <summary>
/// The review of a report: a report is under review once a coordinator has divided it (<c>/assign</c>) or sent it
/// back; then a submission goes to the coordinators for review, and only approval (定稿) yields the finished document.
/// A report nobody divided behaves as before: submitting it finishes it.
/// </summary>
public sealed class ReviewDesk(ReportFormats formats, ReportDocuments documents, ReportProgress progress)
{
    public static async Task<bool> UnderReviewAsync(StoreSession session, ReportRow report, CancellationToken ct) =>
        report.Status is ReportStatus.Returned or ReportStatus.Approved || await session.DividedOrCommentedAsync(report.Id, ct);

    /// <summary>Settles the status and adds the review's replies to <paramref name="replies"/>.</summary>
    public async Task<Settlement> SettleAsync(StoreSession session, LoadedConversation c, ChatInput input, List<Reply> replies, DateTimeOffset now, CancellationToken ct)
    {
        var asked = c.Interview.StatusChange;
        if (c.Report is not { } report || c.Interview.Conversation.ReportId != report.Id)
            return new(asked, asked == ReportStatus.Submitted, c.Report?.Status == ReportStatus.Submitted);
        if (!await UnderReviewAsync(session, report, ct))
            return new(asked, asked == ReportStatus.Submitted, report.Status == ReportStatus.Submitted);
        var lifecycle = new ReportLifecycle(report.Status);
        if (asked == ReportStatus.Submitted && lifecycle.Submit())
        {
            await session.ResolveCommentsAsync(report.Id, now, ct);
            replies.Add(new Reply(ReviewTexts.WaitForReview));
            replies.AddRange(await ReviewPackageAsync(session, c, report, again: report.Status == ReportStatus.Returned, now, ct));
        }
        else if (c.Answers.Changes.Count > 0 && lifecycle.Change() && report.Status == ReportStatus.Approved)
        {
            replies.Insert(0, new Reply(ReviewTexts.ApprovedReopened));
        }
        if (lifecycle.Status == ReportStatus.Returned) await CommentAtItemAsync(session, c, input, replies, ct);
        return new(lifecycle.Status == report.Status ? null : lifecycle.Status, false, report.Status == ReportStatus.Approved && lifecycle.Status == ReportStatus.Approved);
    }

    /// <summary>For the coordinators: who submitted, the draft, and every open warning with the reason given (or none).</summary>
    private async Task<List<Reply>> ReviewPackageAsync(StoreSession session, LoadedConversation c, ReportRow report, bool again, DateTimeOffset now, CancellationToken ct)
    {
        var context = formats.For(report);
        var title = context.Format.TitleFor(report.Agency, report.Year);
        var filledBy = await progress.FilledByAsync(session, report, ct);
        var draft = documents.Promise(report.FormatId, report.Info with { Status = ReportStatus.Submitted }, c.Answers, c.LastYear, draft: true, now, filledBy: filledBy);
        var findings = context.Rules.Evaluate(RuleInput.From(context.Format, c.Answers, c.LastYear)).Where(f => !f.Unfilled && !f.Derived).ToList();
        var text = ReviewTexts.ToReview(c.Person.DisplayName, title, again);
        if (findings.Count > 0)
            text += "\n" + ReviewTexts.OpenWarnings(findings.Select(f => $"⚠️ {f.Text}\n   说明：{Acknowledgements.Reason(c.Answers, f) ?? "（未说明）"}"));
        var coordinators = await session.CoordinatorIdsAsync(ct);
        return coordinators.Where(u => u != c.Person.UserId).Select(u => new Reply(text, [], draft, u)).ToList();
    }

    /// <summary>When the person arrives at an item (or its section) a coordinator returned, the comment is shown with its question.</summary>
    private async Task CommentAtItemAsync(StoreSession session, LoadedConversation c, ChatInput input, List<Reply> replies, CancellationToken ct)
    {
        var now = c.Interview.Conversation.QuestionId;
        var fixing = input is PressInput { Choice: var choice } && choice.StartsWith(ReviewCommands.FixPrefix, StringComparison.Ordinal);
        if (now is null || c.Interview.State != InterviewState.Answering || (now == c.State.QuestionId && !fixing)) return;
        var names = new ItemNames(formats.For(c.Report!));
        var comments = (await session.CommentsAsync(c.Report!.Id, ct)).Where(x => x.ResolvedAt is null && names.QuestionsOf(x.Target).Any(q => q.Id == now)).ToList();
        if (comments.Count == 0) return;
        var at = replies.FindLastIndex(r => r.ToUserId is null);
        var notes = comments.Select(x => new Reply(ReviewTexts.CommentAtItem(x.Author, x.Body)));
        replies.InsertRange(at < 0 ? replies.Count : at, notes);
    }
}
