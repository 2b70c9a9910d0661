using ReportBot.Core.Checking.Repairs;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Checking;

/// <summary>
/// Reads a published 政府信息公开工作年度报告 — a .docx, a PDF, a web page, markdown, or text flattened from them — into a
/// <see cref="PublishedReport"/>. Rows are found by their labels, so odd layouts still read: what cannot be read is
/// left null (R6 reports it) or, when the layout itself departs from the 2021 format, reported as an R7 finding. Only
/// a file that is not such a report at all throws <see cref="UnreadableReportException"/>.
/// </summary>
public static partial class PublishedReportReader
{
    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] OldWord = [0xD0, 0xCF, 0x11, 0xE0];

    // Bounds that no real annual report comes near, so a hostile file costs little before it is refused.
    private const int MaxTextBytes = 1024 * 1024;
    private const int MaxDocxBytes = 10 * 1024 * 1024;
    private const int MaxLines = 20_000;

    // Reports for 2021 onwards must use the 2021 format; earlier ones used the 2019 trial format.
    private const int LastTrialFormatYear = 2020;

    /// <summary>
    /// A .docx (a zip, "PK") or a PDF by its content or name, markdown by its name; a .doc is refused saying what to
    /// send instead; anything else is text, a saved web page included.
    /// </summary>
    public static PublishedReport Read(ReportFormat format, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            return ReadFile(format, fileName, content);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            throw new UnreadableReportException(LayoutFindings.TooComplex, e);
        }
    }

    private static PublishedReport ReadFile(ReportFormat format, string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName);
        var docx = content.AsSpan().StartsWith(Zip) || Is(extension, ".docx");
        var pdf = !docx && IsPdf(content, extension);
        if (content.Length > (docx || pdf ? MaxDocxBytes : MaxTextBytes)) throw new UnreadableReportException(LayoutFindings.TooLarge);
        if (docx)
        {
            using var stream = new MemoryStream(content, writable: false);
            return ReadDocx(format, stream);
        }
        if (pdf) return ReadPdf(format, content);
        if (content.AsSpan().StartsWith(OldWord) || Is(extension, ".doc")) throw new UnreadableReportException(LayoutFindings.OldWord);
        var text = ReportTextDecoder.Decode(content);
        if (IsMarkdown(extension)) return ReadMarkdown(format, text);
        if (Is(extension, ".html") || Is(extension, ".htm") || HtmlLines.IsHtml(text))
        {
            var lines = HtmlLines.Read(text);
            if (lines.Count == 0) throw new UnreadableReportException(LayoutFindings.Empty);
            return Read(format, lines);
        }
        return ReadText(format, text);
    }

    public static PublishedReport ReadText(ReportFormat format, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new UnreadableReportException(LayoutFindings.Empty);
        return Read(format, text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None));
    }

    public static PublishedReport ReadDocx(ReportFormat format, Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var lines = DocxLines.Read(docx);
        if (lines.All(string.IsNullOrWhiteSpace)) throw new UnreadableReportException(LayoutFindings.Empty);
        return Read(format, lines);
    }

    private static PublishedReport Read(ReportFormat format, IEnumerable<string> text)
    {
        ArgumentNullException.ThrowIfNull(format);
        var raw = text.Take(MaxLines + 1).ToList();
        if (raw.Count > MaxLines) throw new UnreadableReportException(LayoutFindings.TooLarge);
        var lines = HeadingsInsideLines.Apply(format, PageNumbersInsideTables.Apply(raw)).Select(ReportLine.Parse).ToList();
        var sections = ReportSections.Split(format, lines);
        if (sections.FoundCount == 0) throw new UnreadableReportException(LayoutFindings.NotAReport(format));

        var (agency, year) = ReportTitle.Find(format, sections.Preamble);
        var findings = new LayoutFindings(format);
        var labels = format.RuleOfKind<LabelsCheck>()?.Check as LabelsCheck;
        var renamed = labels?.Renamed ?? new Dictionary<string, string>();
        var obsoleteReported = new HashSet<string>(StringComparer.Ordinal);
        var cells = new ReadCells(format.Tables.SelectMany(t => t.Rows.SelectMany(r => t.Columns.Select(c => t.CellKey(r.Id, c.Id)))));
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var obsoleteTables = new List<TableDefinition>();

        var outlineChanged = sections.Renumbered.Count > 0 || sections.Extra.Count > 0;
        if (outlineChanged) findings.Outline(format, sections.Renumbered, sections.Extra, format.Sections.Where(s => !sections.Found(s.Id)));
        foreach (var section in format.Sections)
        {
            if (!sections.Found(section.Id))
            {
                if (!outlineChanged) findings.MissingSection(section);
                continue;
            }
            var own = sections.Lines(section.Id);
            if (section.Items is { Count: > 0 } && Prose(WithoutSignature(own, agency)) is { Length: > 0 } prose) texts[section.Id] = prose;
            if (section.Tables is not { Count: > 0 }) continue;

            var tables = section.Tables.Select(format.Table).ToList();
            if (FindObsolete(tables, own, labels?.Obsolete ?? [], obsoleteReported, findings)) obsoleteTables.AddRange(tables);
            var tableLines = TableLabelsInsideLines.Apply(tables, renamed, WrappedLabels.Apply(tables, renamed, own));
            // A sentence above a table (…共收到政府信息公开申请0条) is prose the narrative rules may read too.
            if (Prose([.. tableLines.Where(l => !l.IsTableRow)]) is { Length: > 0 } above) texts[section.Id] = above;
            var rows = new RowLocator(tableLines);
            foreach (var table in tables)
            {
                if (table.Layout == TableLayouts.Blocks) BlocksTableReader.Read(format, table, rows, cells, findings);
                else GridTableReader.Read(format, table, rows, renamed, cells, findings);
                ColumnHeaders.Check(table, tableLines, findings);
            }
        }
        // Runs no row's own totals could split, read from the rest of the report where that evidence is certain.
        RowsFromColumnRules.Apply(format, cells, findings);
        FiguresStatedInText.Apply(format, lines.Select(l => l.Text), cells, findings);
        var trial = obsoleteReported.Count > 0 && year is <= LastTrialFormatYear;
        return new PublishedReport(agency, year, cells.Values, texts, findings.All) { Invalid = cells.Invalid, UnreadRuns = findings.Unread.Where(u => u.Rows.Count == 1).ToDictionary(u => $"{u.Table.Id}.{u.Rows[0].Id}", u => u.Run, StringComparer.Ordinal), TrialFormat2019 = trial, NotInTrialFormat = trial ? NotInTrialFormat(obsoleteTables, findings) : new HashSet<string>() };
    }

    /// <summary>The cells of the tables printed with the 2019 columns, and of the items the 2019 format prints as one row.</summary>
    private static HashSet<string> NotInTrialFormat(List<TableDefinition> obsoleteTables, LayoutFindings findings)
    {
        var cells = new HashSet<string>(findings.UnsplitCells, StringComparer.Ordinal);
        cells.UnionWith(obsoleteTables.SelectMany(t => t.Rows.SelectMany(r => t.Columns.Select(c => t.CellKey(r.Id, c.Id)))));
        return cells;
    }

    /// <summary>The lines without a 落款 at their end: the organ's name, the date under it (GB/T 9704 §7.3.5).</summary>
    private static IReadOnlyList<ReportLine> WithoutSignature(IReadOnlyList<ReportLine> lines, string? agency)
    {
        var end = lines.Count;
        while (end > 0 && lines[end - 1].Normalized.Length == 0) end--;
        if (end > 0 && SignatureDate().IsMatch(lines[end - 1].Normalized)) end--;
        if (end > 0 && agency is not null && lines[end - 1].Normalized == LabelText.Normalize(agency)) end--;
        return [.. lines.Take(end)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$")]
    private static partial System.Text.RegularExpressions.Regex SignatureDate();

    /// <summary>Every line of a narrative section but its heading and empty lines, joined with "\n".</summary>
    private static string Prose(IReadOnlyList<ReportLine> lines) =>
        string.Join('\n', lines.Select(l => l.Text).Where(t => t.Length > 0));

    /// <summary>
    /// 2019 labels (本年新制作数量 …) anywhere in a table section, each reported once, under the table whose caption
    /// came last (表二 is four captioned tables in one).
    /// </summary>
    private static bool FindObsolete(List<TableDefinition> tables, IReadOnlyList<ReportLine> lines, IReadOnlyList<string> obsolete, HashSet<string> reported, LayoutFindings findings)
    {
        var found = false;
        var current = tables[0];
        foreach (var line in lines)
        {
            current = tables.FirstOrDefault(t => line.Normalized.Contains(LabelText.Normalize(t.Caption), StringComparison.Ordinal)) ?? current;
            for (var i = 0; i < obsolete.Count; i++)
            {
                if (!line.Normalized.Contains(LabelText.Normalize(obsolete[i]), StringComparison.Ordinal)) continue;
                found = true;
                if (!reported.Add(obsolete[i])) continue;
                findings.Obsolete(current, obsolete[i], i);
            }
        }
        return found;
    }

    private static bool Is(string extension, string expected) => string.Equals(extension, expected, StringComparison.OrdinalIgnoreCase);
}
