using ReportBot.Storage;

namespace ReportBot.Reminders;

/// <summary>
/// Until sections are assigned: everyone invited to a report that is not finished owes the whole of it. Coordinators
/// are left out (they get the digest instead).
/// </summary>
public sealed class UnfinishedWorkOfMembers : IUnfinishedWork
{
    public async Task<IReadOnlyList<UnfinishedWork>> OfAsync(StoreSession session, IReadOnlyCollection<DueReport> reports, CancellationToken ct)
    {
        var members = await session.MembersOfAsync(reports.Select(r => r.Report.Id).ToList(), ct);
        return members.Where(m => !m.IsCoordinator).Select(m => new UnfinishedWork(m.ReportId, m.UserId, m.DisplayName)).ToList();
    }
}
