using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Deadlines;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Core.Rules;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>
/// The coordinator's overview. Up to <see cref="PageSize"/> reports and no filter: each report in full (who is on
/// which question, what is missing, which checks fail). More, or a filter: the counts by status, the counts of
/// reports needing attention (not started, stuck, overdue, in a status that calls for the coordinator), then those
/// reports a page at a time, in full, with page buttons. Only the page's reports have their rules evaluated
/// (unless the filter is 错误), so the first page costs one listing query and ten reports' checks.
/// </summary>
public sealed class CoordinatorStatus(ReportFormats formats, IOptions<StatusOptions> options)
{
    public const int PageSize = 10;

    /// <summary><c>/status [筛选…]</c>: the first page, or which word is not a filter.</summary>
    public async Task<Reply> CommandAsync(StoreSession session, IReadOnlyList<string> words, DateTimeOffset now, CancellationToken ct) =>
        StatusQuery.Parse(words) is ({ } query, _) ? await PageAsync(session, query, now, ct) : new Reply(StatusTexts.UnknownFilter(StatusQuery.Parse(words).Unknown!));

    public async Task<Reply> PageAsync(StoreSession session, StatusQuery query, DateTimeOffset now, CancellationToken ct)
    {
        var today = ChinaTime.Today(now);
        var rules = ReportStates.Rules(today, now - TimeSpan.FromDays(options.Value.StuckDays));
        var counts = await session.StatusCountsAsync(rules, ct);
        if (counts.Count == 0) return new Reply(ConversationTexts.NoReportsYet);
        var inYear = counts.Where(c => query.Year is null || c.Year == query.Year).ToList();
        int Count(Func<StatusCount, bool> which) => inYear.Where(which).Sum(c => c.Count);
        var lines = new List<string> { StatusTexts.Title(Count(_ => true), query.Year) };
        Listing listing;
        if (!query.Filtered && counts.Sum(c => c.Count) <= PageSize)
        {
            // A handful of reports: each in full, by number.
            var all = await session.StatusRowsAsync(rules, new StatusFilter(query.Year, [], Attention.None), byAttention: false, 0, PageSize, ct);
            listing = new(all, all.Count, 1, 1);
        }
        else
        {
            lines.AddRange(SummaryLines(inYear));
            // Unfiltered, the list is the reports needing attention for any reason.
            var filter = query.Filtered ? new StatusFilter(query.Year, query.Statuses, query.Reasons & ~Attention.Errors) : new StatusFilter(query.Year, [], Attention.NotStarted | Attention.Stuck | Attention.Overdue | Attention.Status);
            listing = query.Reasons.HasFlag(Attention.Errors) ? await WithErrorsPageAsync(session, rules, filter, query.Page, ct) : await PageAsync(session, rules, filter, Count(filter.Holds), query.Page, ct);
            lines.Add(StatusTexts.ListTitle(query, listing.Listed, listing.Page, listing.Pages));
        }
        var (shown, _, page, pages) = listing;
        var ids = shown.Select(r => r.Report.Id).ToList();
        var answers = await session.AnswersOfAsync(ids, ct);
        var positions = await session.PositionsOfAsync(ids, ct);
        foreach (var row in shown)
            lines.AddRange(await ReportLinesAsync(session, row, new AnswerSet(answers[row.Report.Id]), positions[row.Report.Id], now, today, ct));
        if (Count(_ => true) > shown.Count) lines.AddRange(["", $"另有{Count(_ => true) - shown.Count}份未列出：/reports 列出全部，/open 编号 打开一份。"]);
        // Who the bot could not reach (never opened it, or blocked it): their replies and documents did not arrive.
        var unreachable = await session.UnreachableAsync(ct);
        if (unreachable.Count > 0) lines.AddRange(["", "⚠️ 无法送达（对方尚未打开或已屏蔽本机器人，请对方先向机器人发送 /start）："]);
        foreach (var u in unreachable) lines.Add($"  {u.DisplayName ?? u.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture)}（{Ago(now - u.Since)}）：{u.Reason}");
        return new Reply(string.Join('\n', lines), Buttons(query, page, pages));
    }

    /// <summary>The counts by status, then by reason for attention.</summary>
    private List<string> SummaryLines(List<StatusCount> counts)
    {
        int Count(Func<StatusCount, bool> which) => counts.Where(which).Sum(c => c.Count);
        // The review's statuses (returned, approved) only once a report has one: most offices never use them.
        var shown = Enum.GetValues<ReportStatus>().Reverse().Where(s => s is ReportStatus.Open or ReportStatus.Submitted || counts.Any(c => c.Status == s));
        return
        [
            string.Join(" · ", shown.Select(s => $"{ConversationTexts.StatusName(s)} {Count(c => c.Status == s)} 份")),
            StatusTexts.AttentionCounts(Count(c => c.Reasons.HasFlag(Attention.NotStarted)), Count(c => c.Reasons.HasFlag(Attention.Stuck)),
                options.Value.StuckDays, Count(c => c.Reasons.HasFlag(Attention.Overdue)),
                counts.Where(c => c.Reasons.HasFlag(Attention.Status)).GroupBy(c => c.Status).Select(g => (ConversationTexts.StatusName(g.Key), g.Sum(c => c.Count))).ToList()),
        ];
    }

    /// <summary>A page of the reports the filter holds, read from the store alone (the count is known from the summary).</summary>
    private static async Task<Listing> PageAsync(StoreSession session, AttentionRules rules, StatusFilter filter, int listed, int wanted, CancellationToken ct)
    {
        var pages = PageCount(listed);
        var page = Math.Min(wanted, pages);
        return new(await session.StatusRowsAsync(rules, filter, byAttention: true, (page - 1) * PageSize, PageSize, ct), listed, page, pages);
    }

    /// <summary>The one costly filter: every candidate's rules are evaluated, so the page is cut here.</summary>
    private async Task<Listing> WithErrorsPageAsync(StoreSession session, AttentionRules rules, StatusFilter filter, int wanted, CancellationToken ct)
    {
        var withErrors = await WithErrorsAsync(session, await session.StatusRowsAsync(rules, filter, byAttention: true, 0, -1, ct), ct);
        var pages = PageCount(withErrors.Count);
        var page = Math.Min(wanted, pages);
        return new([.. withErrors.Skip((page - 1) * PageSize).Take(PageSize)], withErrors.Count, page, pages);
    }

    private static int PageCount(int reports) => Math.Max(1, (reports + PageSize - 1) / PageSize);

    /// <summary>The reports shown, how many the list holds, and which page of how many they are.</summary>
    private sealed record Listing(List<StatusRow> Rows, int Listed, int Page, int Pages);

    /// <summary>Only the reports with an unexplained error: every candidate's rules evaluated (the one costly filter).</summary>
    private async Task<List<StatusRow>> WithErrorsAsync(StoreSession session, List<StatusRow> candidates, CancellationToken ct)
    {
        var answers = await session.AnswersOfAsync(candidates.Select(c => c.Report.Id).ToList(), ct);
        var kept = new List<StatusRow>();
        foreach (var c in candidates)
        {
            var saved = new AnswerSet(answers[c.Report.Id]);
            if ((await ErrorsAsync(session, c.Report, saved, ct)).Count > 0) kept.Add(c with { Reasons = c.Reasons | Attention.Errors });
        }
        return kept;
    }

    private async Task<(List<Finding> Findings, List<Finding> Unexplained)> FindingsAsync(StoreSession session, ReportRow r, AnswerSet answers, CancellationToken ct)
    {
        var context = formats.For(r);
        var lastYear = await LastYearLoader.LoadAsync(session, r, answers, ct);
        var findings = context.Rules.Evaluate(RuleInput.From(context.Format, answers, lastYear)).Where(f => !f.Unfilled && !f.Derived).ToList();
        return (findings, findings.Where(f => Acknowledgements.Reason(answers, f) is null).ToList());
    }

    private async Task<List<Finding>> ErrorsAsync(StoreSession session, ReportRow r, AnswerSet answers, CancellationToken ct) =>
        (await FindingsAsync(session, r, answers, ct)).Unexplained.Where(f => f.Severity == Severities.Error).ToList();

    private async Task<List<string>> ReportLinesAsync(StoreSession session, StatusRow row, AnswerSet answers, IEnumerable<MemberPosition> positions, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var r = row.Report;
        var context = formats.For(r);
        var open = context.Plan.Questions.Where(q => q.Required && !q.Keys.All(answers.Has)).ToList();
        var lines = new List<string>
        {
            "",
            $"#{r.Id} {context.Format.TitleFor(r.Agency, r.Year)} · {ConversationTexts.StatusName(r.Status)} · 已完成 {context.Plan.Questions.Count - open.Count}/{context.Plan.Questions.Count}",
        };
        if (!ReportStates.IsFinished(r.Status)) lines.Add($"  截止：{ReportDeadlines.Describe(row.Deadline, today)}{StatusTexts.Tags(row.Reasons, options.Value.StuckDays)}");
        if (open.Count > 0)
            lines.Add("  未填：" + string.Join("；", open.GroupBy(q => q.Section.Short).Select(g => $"{g.Key} {g.Count()}项")));
        var (findings, unexplained) = await FindingsAsync(session, r, answers, ct);
        var errors = unexplained.Where(f => f.Severity == Severities.Error).ToList();
        if (errors.Count > 0) lines.Add("  ❌ 错误：" + string.Join("；", errors.Take(3).Select(f => f.Text)) + (errors.Count > 3 ? $" 等{errors.Count}项" : ""));
        if (unexplained.Count > errors.Count || findings.Count > unexplained.Count)
            lines.Add($"  ⚠️ 提醒{unexplained.Count - errors.Count}项未说明，{findings.Count - unexplained.Count}项已说明");
        lines.AddRange(positions.Select(p => $"  {p.DisplayName}：{Where(context, p)}（{Ago(now - p.UpdatedAt)}）"));
        return lines;
    }

    private static List<IReadOnlyList<Button>> Buttons(StatusQuery query, int page, int pages)
    {
        var row = new List<Button>();
        if (page > 1) row.Add(new Button(StatusTexts.Previous, query.PageChoice(page - 1)));
        if (page < pages) row.Add(new Button(StatusTexts.Next, query.PageChoice(page + 1)));
        return [.. row.Count > 0 ? [row] : Array.Empty<IReadOnlyList<Button>>(), [new Button(StatusTexts.ExportAll, StatusTexts.ExportChoice)]];
    }

    private static string Where(InterviewContext context, MemberPosition p) => p.State switch
    {
        nameof(InterviewState.Reviewing) => "正在查看进度",
        nameof(InterviewState.Submitted) => "已提交",
        nameof(InterviewState.Drafting) when context.Plan.Find(p.QuestionId) is { } q => $"{q.Position}（正在输入文字）",
        _ when context.Plan.Find(p.QuestionId) is { } q => q.Position,
        _ => "未开始",
    };

    private static string Ago(TimeSpan t) =>
        t.TotalMinutes < 1 ? "刚刚" : t.TotalHours < 1 ? $"{(int)t.TotalMinutes}分钟前" : t.TotalDays < 1 ? $"{(int)t.TotalHours}小时前" : $"{(int)t.TotalDays}天前";
}
