using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Reviews;

/// <summary>
/// One report's progress by section and by person (<c>/status 编号</c>), and who filled what (the draft's appendix):
/// per section how much is answered and whose it is; per person their parts, how far they are and what they filled.
/// </summary>
public sealed class ReportProgress(ReportFormats formats)
{
    public async Task<string> RenderAsync(StoreSession session, ReportRow report, CancellationToken ct)
    {
        var context = formats.For(report);
        var answers = AnswerSet.Adopt(await session.AnswersAsync(report.Id, ct));
        var assignments = new Assignments(await session.AssignmentsAsync(report.Id, null, ct));
        var authors = await session.AnswerAuthorsAsync(report.Id, ct);
        var comments = (await session.CommentsAsync(report.Id, ct)).Count(c => c.ResolvedAt is null);
        var lines = new List<string> { $"📊 #{report.Id} {context.Format.TitleFor(report.Agency, report.Year)} · {Conversations.ConversationTexts.StatusName(report.Status)}", "按部分：" };
        lines.AddRange(SectionLines(context, answers, assignments, report.Id));
        lines.Add("按人：");
        var members = await session.MembersAsync(report.Id, ct);
        foreach (var person in members)
        {
            var own = context.Plan.Questions.Where(q => assignments.OwnerOf(report.Id, q)?.UserId == person.UserId).ToList();
            var filled = authors.Where(a => a.Value.Name == person.DisplayName).ToList();
            if (own.Count == 0 && filled.Count == 0) continue;
            var parts = own.Count == 0 ? "未分工" : $"负责{string.Join("、", own.Select(q => q.Section.Short[..1]).Distinct())} 已完成{own.Count(q => q.Keys.All(answers.Has))}/{own.Count}";
            var last = filled.Count == 0 ? "" : $" · 填写{filled.Count}格，最后 {ReviewTexts.Time(filled.Max(a => a.Value.At))}";
            lines.Add($"  {person.DisplayName}：{parts}{last}");
        }
        if (comments > 0) lines.Add($"💬 待修改的审核意见 {comments} 条（/comments）");
        return string.Join('\n', lines);
    }

    /// <summary>Per section: answered of all, and whose (or who filled it when nobody was given it).</summary>
    public static IEnumerable<string> SectionLines(InterviewContext context, AnswerSet answers, Assignments assignments, long reportId)
    {
        foreach (var section in context.Format.Sections)
        {
            var questions = context.Plan.InSection(section.Id).ToList();
            var done = questions.Count(q => q.Keys.All(answers.Has));
            var owners = questions.Select(q => assignments.OwnerOf(reportId, q)?.DisplayName).Distinct().ToList();
            var who = owners.All(o => o is null) ? "未分工" : string.Join("、", owners.Select(o => o ?? "未分工"));
            yield return $"  {section.Short} {done}/{questions.Count}{(done == questions.Count ? " ✔" : "")} · {who}";
        }
    }

    /// <summary>
    /// Who filled what, per section, for the draft's appendix (the people who last set its answers); nothing for a
    /// report one person fills alone and nobody divided.
    /// </summary>
    public async Task<IReadOnlyList<string>> FilledByAsync(StoreSession session, ReportRow report, CancellationToken ct)
    {
        var context = formats.For(report);
        var authors = await session.AnswerAuthorsAsync(report.Id, ct);
        if (authors.Values.Select(a => a.Name).Distinct().Count() <= 1 && (await session.AssignmentsAsync(report.Id, null, ct)).Count == 0) return [];
        var names = new ItemNames(context);
        return context.Format.Sections.Select(section =>
        {
            var people = authors.Where(a => names.QuestionOf(a.Key)?.Section.Id == section.Id).GroupBy(a => a.Value.Name)
                .Select(g => $"{g.Key}（{g.Count()}格）").ToList();
            return $"{section.Short}：{(people.Count == 0 ? "尚无人填写" : string.Join("、", people))}";
        }).ToList();
    }
}
