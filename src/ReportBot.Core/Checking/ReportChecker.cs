using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Checking;

/// <summary>Checks a published report: what the reader found about its layout, then every rule over what it says.</summary>
public sealed class ReportChecker(ReportFormat format)
{
    private readonly RuleEngine rules = new(format);

    public IReadOnlyList<Finding> Check(PublishedReport report, PublishedReport? lastYear = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var acrossYears = Repairs.RowsFromLastYear.Apply(format, report, lastYear);
        (report, lastYear) = (acrossYears.Report, acrossYears.LastYear);
        var input = new RuleInput(Figures(report), lastYear is null ? null : Figures(lastYear), report.Texts) { LastYearTexts = lastYear?.Texts };
        // A row that could not be read is said so once: its cells are not also unfilled.
        var unread = report.LayoutFindings.Where(f => f.RuleId == UnreadableRow.RuleId).SelectMany(f => f.CellKeys).ToHashSet(StringComparer.Ordinal);
        var findings = rules.Evaluate(input).Where(f => !f.Unfilled || !f.CellKeys.All(unread.Contains));
        if (report.TrialFormat2019)
        {
            var unreadShared = report.LayoutFindings.Where(f => f.RuleId == UnreadableRow.RuleId && SharedWith2019(f, report));
            return [TrialFormat(format), .. unreadShared, .. findings.Where(f => SharedWith2019(f, report)).Select(f => Explained(f, report))];
        }
        return [.. report.LayoutFindings, .. acrossYears.Broken, .. findings.Select(f => Explained(f, report))];
    }

    // Named by the format's labels rule (R7), like every other layout finding.
    private static Finding TrialFormat(ReportFormat format)
    {
        var id = format.RuleOfKind<Rules.Checks.LabelsCheck>()?.Id ?? "layout";
        return new(
            id, Severities.Warning, "报告格式",
            "本报告按2019年试行格式（国办公开办函〔2019〕60号）编制，对其年度是正确的格式；已核对两种格式共有的表三、表四勾稽关系，表二栏目不同未核对。2021年起须使用国办公开办函〔2021〕30号格式。",
            [], Key: $"{id}.format2019");
    }

    /// <summary>
    /// The report as the checker reads it beside last year's: rows glued beyond reading alone may be read from the R9
    /// relation between the years (<see cref="Repairs.RowsFromLastYear"/>).
    /// </summary>
    public PublishedReport ReadBeside(PublishedReport report, PublishedReport? lastYear) => Repairs.RowsFromLastYear.Apply(format, report, lastYear).Report;

    /// <summary>
    /// A finding over what the 2019 format also has, as the reader found it (<see cref="PublishedReport.NotInTrialFormat"/>):
    /// none of its cells in the 2019 表二 or in the items of its one （六） row, nor of a table it does not have.
    /// </summary>
    private bool SharedWith2019(Finding finding, PublishedReport report) =>
        !finding.CellKeys.Any(report.NotInTrialFormat.Contains)
        && (finding.Table is not { } id || format.Table(id) is not { } table || !table.Rows.All(r => table.Columns.All(c => report.NotInTrialFormat.Contains(table.CellKey(r.Id, c.Id)))));

    /// <summary>An R6 cell that holds text, not nothing, is named with what it holds: “-1”不是有效数字.</summary>
    private static Finding Explained(Finding finding, PublishedReport report)
    {
        if (!finding.Unfilled) return finding;
        var invalid = finding.CellKeys.Where(report.Invalid.ContainsKey).Select(k => $"“{report.Invalid[k]}”").Distinct().ToList();
        if (invalid.Count == 0) return finding;
        var blank = finding.CellKeys.Any(k => !report.Invalid.ContainsKey(k));
        return finding with { Message = $"{finding.Where}：{string.Join("、", invalid)}不是有效数字（应为非负整数，金额为万元）" + (blank ? "，另有空格尚未填写（没有请填0）" : "") };
    }

    private ReportFigures Figures(PublishedReport report) => ReportFigures.Given(format, key => report.Cells.GetValueOrDefault(key));
}
