using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>The coordinator's overview: per report, who is on which question, what is missing, which checks fail.</summary>
public sealed class CoordinatorStatus(InterviewContext context)
{
    public async Task<string> RenderAsync(StoreSession session, DateTimeOffset now, CancellationToken ct)
    {
        var reports = await session.AllReportsAsync(ct);
        if (reports.Count == 0) return ConversationTexts.NoReportsYet;
        var lines = new List<string> { $"📊 填报情况（共{reports.Count}份报告）" };
        foreach (var r in reports)
        {
            var answers = new AnswerSet(await session.AnswersAsync(r.Id, ct));
            var open = context.Plan.Questions.Where(q => q.Required && !q.Keys.All(answers.Has)).ToList();
            lines.Add("");
            lines.Add($"#{r.Id} {context.Format.TitleFor(r.Agency, r.Year)} · {(r.Status == "submitted" ? "已提交" : "填写中")} · 已完成 {context.Plan.Questions.Count - open.Count}/{context.Plan.Questions.Count}");
            if (open.Count > 0)
                lines.Add("  未填：" + string.Join("；", open.GroupBy(q => q.Section.Short).Select(g => $"{g.Key} {g.Count()}项")));
            var lastYear = await ConversationService.LastYearAsync(session, r, answers, ct);
            var findings = context.Rules.Evaluate(RuleInput.From(context.Format, answers, lastYear)).Where(f => f.RuleId != "R6" && !f.Derived).ToList();
            var unexplained = findings.Where(f => Acknowledgements.Reason(answers, f) is null).ToList();
            var errors = unexplained.Where(f => f.Severity == Severities.Error).ToList();
            if (errors.Count > 0) lines.Add("  ❌ 错误：" + string.Join("；", errors.Take(3).Select(f => f.Text)) + (errors.Count > 3 ? $" 等{errors.Count}项" : ""));
            if (unexplained.Count > errors.Count || findings.Count > unexplained.Count)
                lines.Add($"  ⚠️ 提醒{unexplained.Count - errors.Count}项未说明，{findings.Count - unexplained.Count}项已说明");
            foreach (var p in await session.PositionsAsync(r.Id, ct))
                lines.Add($"  {p.DisplayName}：{Where(p)}（{Ago(now - p.UpdatedAt)}）");
        }
        // Who the bot could not reach (never opened it, or blocked it): their replies and documents did not arrive.
        var unreachable = await session.UnreachableAsync(ct);
        if (unreachable.Count > 0) lines.AddRange(["", "⚠️ 无法送达（对方尚未打开或已屏蔽本机器人，请对方先向机器人发送 /start）："]);
        foreach (var u in unreachable) lines.Add($"  {u.DisplayName ?? u.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture)}（{Ago(now - u.Since)}）：{u.Reason}");
        return string.Join('\n', lines);
    }

    private string Where(MemberPosition p) => p.State switch
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
