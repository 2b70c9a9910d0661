using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>
/// The coordinator's overview, one page: with up to <see cref="PageSize"/> reports, each in full (who is on which
/// question, what is missing, which checks fail); with more, the counts by status and the open reports nobody has
/// worked on for longest, in full. Answers and positions are read in one query for the page.
/// </summary>
public sealed class CoordinatorStatus(ReportFormats formats)
{
    public const int PageSize = 10;

    public async Task<string> RenderAsync(StoreSession session, DateTimeOffset now, CancellationToken ct)
    {
        var counts = await session.ReportCountsAsync(ct);
        var total = counts.Values.Sum();
        if (total == 0) return ConversationTexts.NoReportsYet;
        var lines = new List<string> { $"📊 填报情况（共{total}份报告）" };
        var shown = total <= PageSize ? await session.AllReportsAsync(ct) : await session.StalledReportsAsync(PageSize, ct);
        if (total > PageSize)
        {
            lines.Add($"已提交 {counts.GetValueOrDefault("submitted")} 份 · 填写中 {counts.GetValueOrDefault("open")} 份");
            if (shown.Count > 0) lines.Add($"最久没有进展的{shown.Count}份填写中的报告：");
        }
        var ids = shown.Select(r => r.Id).ToList();
        var answers = await session.AnswersOfAsync(ids, ct);
        var positions = await session.PositionsOfAsync(ids, ct);
        foreach (var r in shown) lines.AddRange(await ReportLinesAsync(session, r, new AnswerSet(answers[r.Id]), positions[r.Id], now, ct));
        if (total > shown.Count) lines.AddRange(["", $"另有{total - shown.Count}份未列出：/reports 列出全部，/open 编号 打开一份。"]);
        // Who the bot could not reach (never opened it, or blocked it): their replies and documents did not arrive.
        var unreachable = await session.UnreachableAsync(ct);
        if (unreachable.Count > 0) lines.AddRange(["", "⚠️ 无法送达（对方尚未打开或已屏蔽本机器人，请对方先向机器人发送 /start）："]);
        foreach (var u in unreachable) lines.Add($"  {u.DisplayName ?? u.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture)}（{Ago(now - u.Since)}）：{u.Reason}");
        return string.Join('\n', lines);
    }

    private async Task<List<string>> ReportLinesAsync(StoreSession session, ReportRow r, AnswerSet answers, IEnumerable<MemberPosition> positions, DateTimeOffset now, CancellationToken ct)
    {
        var context = formats.For(r);
        var open = context.Plan.Questions.Where(q => q.Required && !q.Keys.All(answers.Has)).ToList();
        var lines = new List<string>
        {
            "",
            $"#{r.Id} {context.Format.TitleFor(r.Agency, r.Year)} · {ConversationTexts.StatusName(r.Status)} · 已完成 {context.Plan.Questions.Count - open.Count}/{context.Plan.Questions.Count}",
        };
        if (open.Count > 0)
            lines.Add("  未填：" + string.Join("；", open.GroupBy(q => q.Section.Short).Select(g => $"{g.Key} {g.Count()}项")));
        var lastYear = await LastYearLoader.LoadAsync(session, r, answers, ct);
        var findings = context.Rules.Evaluate(RuleInput.From(context.Format, answers, lastYear)).Where(f => !f.Unfilled && !f.Derived).ToList();
        var unexplained = findings.Where(f => Acknowledgements.Reason(answers, f) is null).ToList();
        var errors = unexplained.Where(f => f.Severity == Severities.Error).ToList();
        if (errors.Count > 0) lines.Add("  ❌ 错误：" + string.Join("；", errors.Take(3).Select(f => f.Text)) + (errors.Count > 3 ? $" 等{errors.Count}项" : ""));
        if (unexplained.Count > errors.Count || findings.Count > unexplained.Count)
            lines.Add($"  ⚠️ 提醒{unexplained.Count - errors.Count}项未说明，{findings.Count - unexplained.Count}项已说明");
        lines.AddRange(positions.Select(p => $"  {p.DisplayName}：{Where(context, p)}（{Ago(now - p.UpdatedAt)}）"));
        return lines;
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
