using ReportBot.Storage;

namespace ReportBot.Reminders;

/// <summary>Someone who still owes work on a report: the whole report, or only <see cref="SectionIds"/> of it.</summary>
public sealed record UnfinishedWork(long ReportId, long UserId, string DisplayName, IReadOnlyList<string>? SectionIds = null);

/// <summary>
/// THE seam for "people with unfinished work on a report": reminders and the coordinator's digest ask only this.
/// It is <see cref="UnfinishedWorkOfAssignees"/>: the people whose assigned sections are not done, or everyone
/// invited to a report nobody divided (registered in <see cref="ReminderServices"/>).
/// </summary>
public interface IUnfinishedWork
{
    Task<IReadOnlyList<UnfinishedWork>> OfAsync(StoreSession session, IReadOnlyCollection<DueReport> reports, CancellationToken ct);
}
