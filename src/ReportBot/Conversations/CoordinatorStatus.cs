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
        var all = await session.StatusRowsAsync(ct);
        if (all.Count == 0) return new Reply(ConversationTexts.NoReportsYet);
        var today = ChinaTime.Today(now);
        var rows = all.Where(r => query.Year is null || r.Report.Year == query.Year).Select(r => (Row: r, Reasons: Reasons(r, now, today))).ToList();
        var lines = new List<string> { StatusTexts.Title(rows.Count, query.Year) };
        List<(StatusRow Row, Attention Reasons)> listed;
        if (!query.Filtered && all.Count <= PageSize)
        {
            listed = rows;
        }
        else
        {
            // The review's statuses (returned, approved) only once a report has one: most offices never use them.
            var counted = Enum.GetValues<ReportStatus>().Reverse().Where(s => s is ReportStatus.Open or ReportStatus.Submitted || rows.Any(r => r.Row.Report.Status == s));
            lines.Add(string.Join(" · ", counted.Select(s => $"{ConversationTexts.StatusName(s)} {rows.Count(r => r.Row.Report.Status == s)} 份")));
            lines.Add(StatusTexts.AttentionCounts(rows.Count(r => r.Reasons.HasFlag(Attention.NotStarted)), rows.Count(r => r.Reasons.HasFlag(Attention.Stuck)),
                options.Value.StuckDays, rows.Count(r => r.Reasons.HasFlag(Attention.Overdue)),
                rows.Where(r => r.Reasons.HasFlag(Attention.Status)).GroupBy(r => r.Row.Report.Status).Select(g => (ConversationTexts.StatusName(g.Key), g.Count())).ToList()));
            listed = query.Filtered ? rows.Where(r => query.Matches(r.Row.Report.Status, r.Row.Report.Year, r.Reasons)).ToList() : rows.Where(r => r.Reasons != Attention.None).ToList();
            if (query.Reasons.HasFlag(Attention.Errors)) listed = await WithErrorsAsync(session, listed, ct);
            listed = [.. listed.OrderByDescending(r => r.Reasons.HasFlag(Attention.Status)).ThenByDescending(r => r.Reasons.HasFlag(Attention.Overdue))
                .ThenBy(r => r.Row.LastActivity is not null).ThenBy(r => r.Row.LastActivity).ThenBy(r => r.Row.Report.Id)];
        }
        var pages = Math.Max(1, (listed.Count + PageSize - 1) / PageSize);
        var page = Math.Min(query.Page, pages);
        var shown = listed.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        if (query.Filtered || all.Count > PageSize) lines.Add(StatusTexts.ListTitle(query, listed.Count, page, pages));
        var ids = shown.Select(r => r.Row.Report.Id).ToList();
        var answers = await session.AnswersOfAsync(ids, ct);
        var positions = await session.PositionsOfAsync(ids, ct);
        foreach (var (row, reasons) in shown)
            lines.AddRange(await ReportLinesAsync(session, row, reasons, new AnswerSet(answers[row.Report.Id]), positions[row.Report.Id], now, today, ct));
        if (rows.Count > shown.Count) lines.AddRange(["", $"另有{rows.Count - shown.Count}份未列出：/reports 列出全部，/open 编号 打开一份。"]);
        // Who the bot could not reach (never opened it, or blocked it): their replies and documents did not arrive.
        var unreachable = await session.UnreachableAsync(ct);
        if (unreachable.Count > 0) lines.AddRange(["", "⚠️ 无法送达（对方尚未打开或已屏蔽本机器人，请对方先向机器人发送 /start）："]);
        foreach (var u in unreachable) lines.Add($"  {u.DisplayName ?? u.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture)}（{Ago(now - u.Since)}）：{u.Reason}");
        return new Reply(string.Join('\n', lines), Buttons(query, page, pages));
    }

    private Attention Reasons(StatusRow r, DateTimeOffset now, DateOnly today)
    {
        if (ReportStates.IsFinished(r.Report.Status)) return Attention.None;
        var reasons = Attention.None;
        if (!r.Started) reasons |= Attention.NotStarted;
        if (r.LastActivity is not { } last || now - last > TimeSpan.FromDays(options.Value.StuckDays)) reasons |= Attention.Stuck;
        if (r.Deadline < today) reasons |= Attention.Overdue;
        if (ReportStates.NeedsAttention(r.Report.Status)) reasons |= Attention.Status;
        return reasons;
    }

    /// <summary>Only the reports with an unexplained error: every candidate's rules evaluated (the one costly filter).</summary>
    private async Task<List<(StatusRow Row, Attention Reasons)>> WithErrorsAsync(StoreSession session, List<(StatusRow Row, Attention Reasons)> candidates, CancellationToken ct)
    {
        var answers = await session.AnswersOfAsync(candidates.Select(c => c.Row.Report.Id).ToList(), ct);
        var kept = new List<(StatusRow, Attention)>();
        foreach (var c in candidates)
        {
            var saved = new AnswerSet(answers[c.Row.Report.Id]);
            if ((await ErrorsAsync(session, c.Row.Report, saved, ct)).Count > 0) kept.Add((c.Row, c.Reasons | Attention.Errors));
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

    private async Task<List<string>> ReportLinesAsync(StoreSession session, StatusRow row, Attention reasons, AnswerSet answers, IEnumerable<MemberPosition> positions, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var r = row.Report;
        var context = formats.For(r);
        var open = context.Plan.Questions.Where(q => q.Required && !q.Keys.All(answers.Has)).ToList();
        var lines = new List<string>
        {
            "",
            $"#{r.Id} {context.Format.TitleFor(r.Agency, r.Year)} · {ConversationTexts.StatusName(r.Status)} · 已完成 {context.Plan.Questions.Count - open.Count}/{context.Plan.Questions.Count}",
        };
        if (!ReportStates.IsFinished(r.Status)) lines.Add($"  截止：{ReportDeadlines.Describe(row.Deadline, today)}{StatusTexts.Tags(reasons, options.Value.StuckDays)}");
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
