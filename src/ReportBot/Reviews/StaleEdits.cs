using ReportBot.Conversations;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Reviews;

/// <summary>
/// Two people never overwrite each other. Every screen a person is shown is as of one version of the report (the
/// newest answer-history row when their last message was answered); a change to an item someone else changed after
/// that version was made from an outdated screen, by a button or typed, and is refused with the current value and
/// who set it. While a text is being composed the version stays the one its question was shown at.
/// </summary>
public sealed class StaleEdits(ReportFormats formats)
{
    /// <summary>The refusal, when this message changes an item someone else changed since the person's last screen.</summary>
    public async Task<Reply?> RefusalAsync(StoreSession session, LoadedConversation c, CancellationToken ct)
    {
        if (c.Report is not { } report || c.Answers.Changes.Count == 0) return null;
        var keys = c.Answers.Changes.Select(x => x.Key).Distinct().ToList();
        var newer = await session.OthersEditsSinceSeenAsync(c.Person.UserId, report.Id, keys, ct);
        if (newer.Count == 0) return null;
        var names = new ItemNames(formats.For(report));
        // The newest change of each item, as the other person left it.
        var lines = newer.GroupBy(e => e.Key).Select(g => g.Last())
            .Select(e => ReviewTexts.Stale(names.KeyName(e.Key), e.NewValue ?? "（空）", e.ChangedByName, e.ChangedAt));
        return new Reply(string.Join('\n', lines));
    }

    /// <summary>Remembers the version the person's screen now shows (kept while a text is open, unless just refused).</summary>
    public static async Task RecordAsync(StoreSession session, LoadedConversation c, bool refused, CancellationToken ct)
    {
        if (c.Interview.Conversation.ReportId is not { } reportId) return;
        await session.SeeLatestAsync(c.Person.UserId, reportId, keepSeen: !refused && c.Interview.State == InterviewState.Drafting, ct);
    }
}
