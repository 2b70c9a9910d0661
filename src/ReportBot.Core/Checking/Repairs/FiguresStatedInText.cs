using System.Text.RegularExpressions;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Checking.Repairs;

/// <summary>
/// Glued-digit repair for 表二's 规章 / 行政规范性文件 rows, which have no totals to choose a split (<c>15621</c>): the
/// report's own prose often states the same figures (“废止规范性文件6件，制定规范性文件15件”). A run is read when exactly
/// one of its splits agrees with every figure the text states for that row; the text only says where the cells end,
/// the printed digits are what is read. Counts of published items (“规范性文件类信息15条”) are not such statements.
/// </summary>
internal static class FiguresStatedInText
{
    // The verbs that state each column of the inForce rule (R9), as 政府信息公开 reports word them.
    private static readonly (Func<InForceCheck, string> Column, string Verbs)[] Statements =
    [
        (c => c.Issued, "制定|制发|印发|出台"),
        (c => c.Repealed, "废止"),
        (c => c.InForce, "现行有效"),
    ];

    public static void Apply(ReportFormat format, IEnumerable<string> prose, ReadCells cells, LayoutFindings findings)
    {
        if (format.RuleOfKind<InForceCheck>()?.Check is not InForceCheck rule) return;
        var text = string.Join('\n', prose);
        foreach (var unread in findings.Unread.Where(u => u.Table.Id == rule.Table && u.Rows.Count == 1).ToList())
        {
            var table = unread.Table;
            var stated = Stated(rule, table, unread.Rows[0], text);
            if (stated.Count == 0) continue;
            var split = GluedDigits.Split(unread.Run, table.Columns.Count, figures => stated.All(s => figures[s.Column] == s.Value));
            if (split is null) continue;
            for (var i = 0; i < table.Columns.Count; i++) cells.Set(table.CellKey(unread.Rows[0].Id, table.Columns[i].Id), split[i], table.IsFee);
            findings.Resolved(unread);
        }
    }

    /// <summary>Each figure the text states for the row, by column index; a column stated twice differently is not used.</summary>
    private static List<(int Column, long Value)> Stated(InForceCheck rule, TableDefinition table, RowDefinition row, string text)
    {
        // “规范性文件” names the row 行政规范性文件 too.
        var noun = "(?:行政)?" + Regex.Escape(row.Label.StartsWith("行政", StringComparison.Ordinal) ? row.Label[2..] : row.Label);
        var stated = new List<(int Column, long Value)>();
        foreach (var (column, verbs) in Statements)
        {
            var index = table.Columns.ToList().FindIndex(c => c.Id == column(rule));
            if (index < 0) continue;
            var pattern = $@"(?:{verbs})[^。；;，,、\d]{{0,4}}?{noun}[^。；;，,、\d]{{0,3}}?(\d+)\s*件|{noun}[^。；;，,、\d]{{0,3}}?(?:{verbs})[^。；;，,、\d]{{0,2}}?(\d+)\s*件";
            var values = Regex.Matches(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1))
                .Select(m => long.TryParse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, out var n) ? n : -1)
                .Where(n => n >= 0).Distinct().ToList();
            if (values.Count == 1) stated.Add((index, values[0]));
        }
        return stated;
    }
}
