using ReportBot.Core.Formats;

namespace ReportBot.Core.Checking;

/// <summary>
/// 表四 (layout "blocks"): the format's rows printed side by side as one line of values (3 × 5 = 15) under header
/// lines, mapped in order to each row's columns. Also read: a line of values after a label (数量 0 0 …), values one per
/// line (PDF text), and each row on a line of its own after its label.
/// </summary>
internal static class BlocksTableReader
{
    public static void Read(ReportFormat format, TableDefinition table, RowLocator rows, ReadCells cells, LayoutFindings findings)
    {
        var width = table.Columns.Count;
        if (GluedLine(rows.Lines, table.Rows.Count * width) is { } run)
        {
            if (GluedDigits.Split(run, table.Rows.Count * width, RowTotals.Of(format, table)) is not { } split)
            {
                findings.Unreadable(table, table.Rows, run);
                return;
            }
            for (var r = 0; r < table.Rows.Count; r++)
                for (var c = 0; c < width; c++)
                    cells.Set(table.CellKey(table.Rows[r].Id, table.Columns[c].Id), split[(r * width) + c], table.IsFee);
            return;
        }
        if (ValueLine(rows.Lines, table.Rows.Count * width) is { } line)
        {
            var values = CellValues.Align(line, table.Rows.Count * width);
            for (var r = 0; r < table.Rows.Count; r++)
                for (var c = 0; c < width; c++)
                    cells.Set(table.CellKey(table.Rows[r].Id, table.Columns[c].Id), values[(r * width) + c], table.IsFee);
            return;
        }

        var found = 0;
        foreach (var row in table.Rows)
        {
            if (rows.Take(row.Label, width, accept: GridTableReader.HasOnlyValues) is not { } match) continue;
            found++;
            var values = CellValues.Align(match.Values, width);
            for (var c = 0; c < width; c++) cells.Set(table.CellKey(row.Id, table.Columns[c].Id), values[c], table.IsFee);
        }
        if (found == 0) findings.MissingValues(table);
    }

    /// <summary>
    /// The first line of values only, joined by the value lines right after it while it has fewer than
    /// <paramref name="count"/> cells; or the first line with at least that many cells after its last label.
    /// </summary>
    private static List<string>? ValueLine(IReadOnlyList<ReportLine> lines, int count)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var kinds = lines[i].Cells.Select(CellValues.Kind).ToList();
            if (!kinds.Contains(CellKind.Number) || IsPageNumber(kinds)) continue;
            var lastText = kinds.LastIndexOf(CellKind.Text);
            if (lastText >= 0)
            {
                if (kinds.Count - lastText - 1 >= count) return [.. lines[i].After(lastText)];
                continue;
            }
            var values = new List<string>(lines[i].Cells);
            for (var j = i + 1; j < lines.Count && values.Count < count; j++)
            {
                var next = lines[j].Cells.Select(CellValues.Kind).ToList();
                if (next.All(k => k == CellKind.Empty)) continue;
                if (next.Contains(CellKind.Text) || IsPageNumber(next)) break;
                values.AddRange(lines[j].Cells);
            }
            return values;
        }
        return null;
    }

    /// <summary>The table's figures printed as one run of digits at the end of a line (crawled text), if so.</summary>
    private static string? GluedLine(IReadOnlyList<ReportLine> lines, int count)
    {
        foreach (var line in lines)
        {
            // A run of fifteen digits is no valid single figure, so it is looked for as digits, not as a number.
            var shown = line.Cells.Where(c => c.Length > 0).ToList();
            var digits = shown.Count - shown.FindLastIndex(c => !GluedDigits.IsRun(c)) - 1;
            if (digits > 0) return GluedDigits.Run(shown[^digits..], count);
            if (shown.Any(c => CellValues.Kind(c) == CellKind.Number)) return null;
        }
        return null;
    }

    /// <summary>— 3 — at the foot of a page of PDF text is not a value.</summary>
    private static bool IsPageNumber(List<CellKind> kinds)
    {
        var shown = kinds.Where(k => k != CellKind.Empty).ToList();
        return shown is [CellKind.Blank, CellKind.Number, CellKind.Blank];
    }
}
