using ReportBot.Core.Answers;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Reminders;

/// <summary>
/// Who owes work on a report, by section assignments (Reviews.Assignments): each assignee owes the sections given to
/// them (a table given to someone counts as its section), everyone else invited owes the sections nobody was given;
/// a report nobody divided is owed whole by everyone invited, until it is submitted. In a divided report nobody is
/// reminded of sections whose required questions are all answered. Coordinators get the digest instead.
/// </summary>
public sealed class UnfinishedWorkOfAssignees(ReportFormats formats) : IUnfinishedWork
{
    public async Task<IReadOnlyList<UnfinishedWork>> OfAsync(StoreSession session, IReadOnlyCollection<DueReport> reports, CancellationToken ct)
    {
        var ids = reports.Select(r => r.Report.Id).ToList();
        var members = (await session.MembersOfAsync(ids, ct)).Where(m => !m.IsCoordinator).ToLookup(m => m.ReportId);
        var answers = await session.AnswersOfAsync(ids, ct);
        var owing = new List<UnfinishedWork>();
        foreach (var due in reports)
        {
            var report = due.Report;
            var context = formats.For(report);
            var saved = new AnswerSet(answers.GetValueOrDefault(report.Id) ?? []);
            var given = (await session.AssignmentsAsync(report.Id, null, ct))
                .Select(a => (a.UserId, Section: context.Format.Sections.First(s => s.Id == a.Unit || (s.Tables ?? []).Contains(a.Unit)).Id)).ToList();
            if (given.Count == 0)
            {
                owing.AddRange(members[report.Id].Select(m => new UnfinishedWork(report.Id, m.UserId, m.DisplayName)));
                continue;
            }
            var open = context.Plan.Questions.Where(q => q.Required && !q.Keys.All(saved.Has)).Select(q => q.Section.Id).ToHashSet(StringComparer.Ordinal);
            var nobodys = open.Where(s => given.All(g => g.Section != s)).ToList();
            foreach (var member in members[report.Id])
            {
                var mine = given.Where(g => g.UserId == member.UserId).Select(g => g.Section).Distinct().ToList();
                var sections = (mine.Count > 0 ? mine.Where(open.Contains) : nobodys).ToList();
                if (sections.Count > 0) owing.Add(new UnfinishedWork(report.Id, member.UserId, member.DisplayName, sections));
            }
        }
        return owing;
    }
}
