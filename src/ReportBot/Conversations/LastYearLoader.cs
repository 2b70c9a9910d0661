using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>
/// Last year's answers for a report, written once: the same 机关's report for the year before when the store has
/// it, else the figures taken from last year's published report or typed with /lastyear (kept as <c>prev.*</c>).
/// </summary>
public static class LastYearLoader
{
    public static async Task<AnswerSet?> LoadAsync(StoreSession session, ReportRow report, AnswerSet answers, CancellationToken ct)
    {
        if (await StoredAsync(session, report, ct) is { } previous)
            return AnswerSet.Adopt(await session.AnswersAsync(previous.Id, ct));
        var carried = answers.Values.Where(a => a.Key.StartsWith(SentReportCheck.LastYearPrefix, StringComparison.Ordinal))
            .ToDictionary(a => a.Key[SentReportCheck.LastYearPrefix.Length..], a => a.Value, StringComparer.Ordinal);
        return carried.Count > 0 ? new AnswerSet(carried) : null;
    }

    /// <summary>
    /// The same 机关's report for the year before, when the store has it: by the exact name, else by the one name near
    /// it (洪泽区人民政府 and 淮安市洪泽区人民政府), so a name written differently does not hide last year.
    /// </summary>
    public static async Task<ReportRow?> StoredAsync(StoreSession session, ReportRow report, CancellationToken ct)
    {
        var candidates = await session.ReportsNamedLikeAsync(report.Agency, LastYearPairing.YearBefore(report.Year), ct);
        if (candidates.FirstOrDefault(r => r.Agency == report.Agency) is { } exact) return exact;
        var near = candidates.Where(r => AgencyNames.Near(r.Agency, report.Agency)).ToList();
        return near.Count == 1 ? near[0] : null;
    }
}
