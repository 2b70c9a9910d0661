using ReportBot.Core.Interviews;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>
/// What a report's status means for the coordinator's desk, whatever statuses there are: in which nobody owes work
/// any more (reminders stop), and which call for the coordinator. The one place a new status (returned, approved)
/// is sorted in.
/// </summary>
public static class ReportStates
{
    public static readonly IReadOnlyList<ReportStatus> Finished = [ReportStatus.Submitted, ReportStatus.Approved];

    public static bool IsFinished(ReportStatus status) => Finished.Contains(status);

    /// <summary>Neither being written nor finished: e.g. a report sent back to its writers.</summary>
    public static bool NeedsAttention(ReportStatus status) => status != ReportStatus.Open && !IsFinished(status);

    /// <summary>The overview's rules on <paramref name="today"/>, with these statuses sorted in.</summary>
    public static AttentionRules Rules(DateOnly today, DateTimeOffset stuckBefore) =>
        new(Finished, [.. Enum.GetValues<ReportStatus>().Where(NeedsAttention)], today, stuckBefore);
}
