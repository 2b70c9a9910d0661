using ReportBot.Core.Checking;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Tests.Checking.Corpus;

/// <summary>
/// The checker's verdict on one corpus file against its truth: right, or what is wrong — refused or rows it could not
/// read (unreadable), a required defect not reported (miss), a finding truth does not list (false error / warning),
/// figures read differently from the truth.
/// </summary>
internal sealed record CorpusVerdict(string File, string Summary, IReadOnlyList<string> Problems)
{
    // Arithmetic and cell rules name a row or column; they match a defect only at the same place.
    private static readonly HashSet<string> Placed = new(StringComparer.Ordinal) { "R1", "R2", "R3", "R5", "R6" };

    public bool Right => Problems.Count == 0;

    public string Verdict => Right ? "right" : string.Join("; ", Problems.Select(p => p.Split(':')[0]).Distinct());

    public static CorpusVerdict Refused(TruthFile truth, string reason) => new(truth.File, "refused", [$"unreadable: {reason}"]);

    public static CorpusVerdict Of(ReportFormat format, TruthFile truth, PublishedReport report, IReadOnlyList<Finding> findings)
    {
        var problems = new List<string>();
        var unmatched = findings.ToList();
        foreach (var unreadable in findings.Where(f => f.RuleId == UnreadableRow.RuleId)) problems.Add($"unreadable: {unreadable.Where}");
        unmatched.RemoveAll(f => f.RuleId == UnreadableRow.RuleId);
        // Required defects first, each taking the finding that names its place, then optional ones.
        foreach (var defect in truth.Defects.OrderBy(d => d.Optional))
        {
            var match = unmatched.FirstOrDefault(f => f.RuleId == defect.Rule && Names(format, f, defect))
                ?? (Placed.Contains(defect.Rule) ? null : unmatched.FirstOrDefault(f => f.RuleId == defect.Rule));
            if (match is not null) unmatched.Remove(match);
            else if (!defect.Optional) problems.Add($"miss: {defect.Rule} {defect.Where}");
        }
        foreach (var extra in unmatched)
            problems.Add($"{(extra.Severity == Severities.Error ? "false error" : "false warning")}: {extra.RuleId} {extra.Where}");
        foreach (var (key, expected) in truth.Figures)
        {
            var read = report.Cells.GetValueOrDefault(key);
            if (read != expected && !findings.Any(f => f.RuleId == UnreadableRow.RuleId && f.CellKeys.Contains(key)))
                problems.Add($"figure: {key} read {read?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "blank"}, truth {expected?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "blank"}");
        }
        var errors = findings.Count(f => f.Severity == Severities.Error);
        return new CorpusVerdict(truth.File, $"{errors}E {findings.Count - errors}W", problems);
    }

    /// <summary>Whether the finding's row or column (from its key, e.g. R1.t3.business → 商业企业) is where the defect is.</summary>
    private static bool Names(ReportFormat format, Finding finding, TruthDefect defect)
    {
        var where = LabelOf(defect.Where);
        if (finding.Table is { } tableId && finding.Key is { } key && key.StartsWith($"{finding.RuleId}.{tableId}.", StringComparison.Ordinal))
        {
            var table = format.Table(tableId);
            var id = key[(finding.RuleId.Length + tableId.Length + 2)..];
            // Rules over columns (R1, R3) name a column; the others a row. Both have an id "total".
            var column = table.Columns.FirstOrDefault(c => c.Id == id)?.Label;
            var row = table.Rows.FirstOrDefault(r => r.Id == id)?.Label;
            var label = finding.RuleId is "R1" or "R3" ? column ?? row : row ?? column;
            return label is not null && where.Contains(LabelOf(label), StringComparison.Ordinal);
        }
        return where.Contains(LabelOf(finding.Where), StringComparison.Ordinal) || LabelOf(finding.Where).Contains(where, StringComparison.Ordinal);
    }

    private static string LabelOf(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
