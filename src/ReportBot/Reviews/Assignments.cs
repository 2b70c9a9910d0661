using ReportBot.Core.Interviews;
using ReportBot.Storage;

namespace ReportBot.Reviews;

/// <summary>
/// Who fills which part of a report. A unit is a section (<c>s3</c>) or one table (<c>t2.1</c>); a table's own
/// assignment wins over its section's. A unit nobody was given is open to everyone invited, as without assignments;
/// coordinators may change every item.
/// </summary>
public sealed class Assignments(IReadOnlyList<SectionAssignment> rows)
{
    private readonly ILookup<long, SectionAssignment> byReport = rows.ToLookup(r => r.ReportId);

    public bool Any(long reportId) => byReport[reportId].Any();

    public SectionAssignment? OwnerOf(long reportId, Question q)
    {
        var units = byReport[reportId].ToList();
        return (q is RowQuestion r ? units.FirstOrDefault(u => u.Unit == r.Table.Id) : null) ?? units.FirstOrDefault(u => u.Unit == q.Section.Id);
    }

    /// <summary>The interview's lock for <paramref name="person"/>: why a question is someone else's, or null.</summary>
    public Func<long, Question, string?> LockFor(Person person) => (reportId, q) =>
        person.IsCoordinator || OwnerOf(reportId, q) is not { } owner || owner.UserId == person.UserId ? null : ReviewTexts.OwnedBy(owner.DisplayName);

    /// <summary>The units of the format people can be given: each section, and each table of a section with several.</summary>
    public static IEnumerable<(string Unit, string Label)> Units(InterviewContext context) =>
        context.Format.Sections.SelectMany(s => new[] { (s.Id, s.Short) }
            .Concat((s.Tables ?? []).Count > 1 ? s.Tables!.Select(t => (t, context.Format.Table(t).Caption)) : []));

    public static async Task<Assignments> ForAsync(StoreSession session, Person person, CancellationToken ct) =>
        new(person.IsCoordinator ? [] : await session.AssignmentsAsync(null, person.UserId, ct));
}
