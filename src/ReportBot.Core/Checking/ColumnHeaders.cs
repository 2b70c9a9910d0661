using ReportBot.Core.Formats;

namespace ReportBot.Core.Checking;

/// <summary>
/// Misspelt column headers (本年废纸件数, 先行有效件数): in the header line of a table whose column labels are long enough
/// to tell a slip from another word, a printed label one or two characters away from the format's is an R7.
/// </summary>
internal static class ColumnHeaders
{
    private const int MinLabelLength = 4;
    private const double Lookalike = 0.8;

    public static void Check(TableDefinition table, IReadOnlyList<ReportLine> lines, LayoutFindings findings)
    {
        var labels = table.Columns.Select(c => LabelText.Normalize(c.Label)).ToList();
        if (labels.Count < 2 || labels.Any(l => l.Length < MinLabelLength)) return;
        // The header is the line naming the most of the columns; it must name at least one as printed.
        var header = lines.Select(l => (Line: l, Named: labels.Count(label => l.Normalized.Contains(label, StringComparison.Ordinal))))
            .Where(h => h.Named > 0).OrderByDescending(h => h.Named).Select(h => h.Line.Normalized).FirstOrDefault();
        if (header is null) return;
        for (var c = 0; c < labels.Count; c++)
        {
            if (header.Contains(labels[c], StringComparison.Ordinal)) continue;
            var printed = Enumerable.Range(0, Math.Max(0, header.Length - labels[c].Length + 1))
                .Select(at => header.Substring(at, labels[c].Length))
                .FirstOrDefault(window => LabelText.Similarity(window, labels[c]) >= Lookalike);
            if (printed is not null) findings.MisspeltColumn(table, table.Columns[c], printed);
        }
    }
}
