using ReportBot.Core.Answers;
using ReportBot.Core.Consolidation;
using ReportBot.Core.Documents;
using ReportBot.Core.Interviews;
using ReportBot.Documents;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Desk;

/// <summary>A consolidated report made: the new report, the sums and shares, and its draft with the shares appendix.</summary>
public sealed record ConsolidationMade(ReportRow Report, Consolidated Sum, ReplyDocument Draft);

/// <summary>
/// Builds a 汇总 report in the store from units' reports (chat <c>/consolidate</c> and the command line): a new report
/// whose typed cells are the units' sums (saved with their history like any answer), its units recorded, and a draft
/// whose appendix shows each unit's share. The arithmetic is <see cref="ReportConsolidation"/>'s.
/// </summary>
public sealed class ConsolidatedReports(ReportFormats formats, ReportDocuments documents)
{
    /// <summary>The new report, or why not (in Chinese, for the chat; the command line prints it as is).</summary>
    public async Task<(ConsolidationMade? Made, string? Refusal)> MakeAsync(StoreSession session, IReadOnlyList<long> unitIds, string agency, long userId, DateTimeOffset now, CancellationToken ct)
    {
        if (unitIds.Count < 2 || string.IsNullOrWhiteSpace(agency)) return (null, DeskTexts.ConsolidateUsage);
        var units = new List<ReportRow>();
        foreach (var id in unitIds.Distinct())
        {
            if (await session.FindReportAsync(id, ct) is not { } unit) return (null, DeskTexts.NoSuchReport(id));
            units.Add(unit);
        }
        if (units.Select(u => u.Year).Distinct().Count() > 1 || units.Select(u => u.FormatId).Distinct().Count() > 1) return (null, DeskTexts.UnitsOfDifferentYears);
        var year = units[0].Year;
        if (await session.FindReportAsync(agency, year, ct) is { } existing) return (null, DeskTexts.AlreadyExists(existing.Id));
        var answers = await session.AnswersOfAsync(units.Select(u => u.Id).ToList(), ct);
        var format = formats.For(units[0]).Format;
        var sum = ReportConsolidation.Sum(format, [.. units.Select(u => new ConsolidationUnit(u.Agency, new AnswerSet(answers[u.Id])))]);
        var report = await session.CreateReportAsync(units[0].FormatId, agency.Trim(), year, userId, now, ct);
        var saved = new AnswerSet();
        foreach (var (key, value) in sum.Answers.Values) saved.Set(key, value);
        await session.SaveAnswersAsync(report.Id, saved.Changes, userId, now, ct);
        await session.AddMemberAsync(report.Id, userId, now, ct);
        await session.AddConsolidationUnitsAsync(report.Id, units.Select(u => u.Id), ct);
        return (new ConsolidationMade(report, sum, Draft(report, sum)), null);
    }

    /// <summary>The draft of the consolidated report, its appendix ending with each unit's share.</summary>
    private ReplyDocument Draft(ReportRow report, Consolidated sum)
    {
        var model = documents.Model(report.FormatId, report.Info, sum.Answers, draft: true);
        model = model with { Draft = model.Draft! with { Appendix = [.. model.Draft!.Appendix, ReportConsolidation.Appendix(sum)] } };
        return new ReplyDocument(documents.FileName(report.FormatId, report.Info, draft: true, "docx"), DocxWriter.Write(model));
    }
}
