using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Documents;

/// <summary>Builds the document model from a report's answers, finished or not.</summary>
public static class ReportDocumentBuilder
{
    /// <summary>
    /// The document; with <paramref name="draftTakenAt"/>, a draft marked with that time and an appendix of what is
    /// open. Explanations given for R8–R10 are printed under their table. The 落款 is dated
    /// <paramref name="signedOn"/>, or a draft's snapshot date.
    /// </summary>
    public static ReportDocument Build(InterviewContext context, ReportInfo report, AnswerSet answers, DateTimeOffset? draftTakenAt = null, AnswerSet? lastYear = null, DateOnly? signedOn = null)
    {
        var findings = context.Rules.Evaluate(RuleInput.From(context.Format, answers, lastYear)).Where(f => !f.Unfilled && !f.Derived).ToList();
        var document = WithNotes(Build(context.Format, report, answers), context.Format, findings, answers);
        document = document with { SignedOn = signedOn ?? (draftTakenAt is { } taken ? DateOnly.FromDateTime(taken.DateTime) : null) };
        return draftTakenAt is { } at ? document with { Draft = new DraftMark(at, Appendix(context, answers, findings)) } : document;
    }

    /// <summary>A 说明 paragraph under each table whose findings were explained.</summary>
    private static ReportDocument WithNotes(ReportDocument document, ReportFormat format, List<Finding> findings, AnswerSet answers)
    {
        var notes = findings.Where(f => f.Table is not null && format.Rule(f.RuleId)?.Explainable == true && Acknowledgements.Reason(answers, f) is not null)
            .GroupBy(f => f.Table!).ToDictionary(g => g.Key, g => g.Select(f => Acknowledgements.Reason(answers, f)!).Distinct().ToList());
        if (notes.Count == 0) return document;
        var sections = document.Sections.Select(s => s with
        {
            Blocks = s.Blocks.SelectMany(b => b is TableBlock t && notes.TryGetValue(t.Table.Id, out var reasons)
                ? [b, .. reasons.Select(r => new ParagraphBlock($"说明：{r}"))]
                : new[] { b }).ToList(),
        }).ToList();
        return document with { Sections = sections };
    }

    public static ReportDocument Build(ReportFormat format, ReportInfo report, AnswerSet answers)
    {
        var figures = ReportFigures.From(format, answers);
        var complete = true;
        var sections = new List<DocumentSection>();
        foreach (var section in format.Sections)
        {
            var blocks = new List<DocumentBlock>();
            foreach (var item in section.Items ?? [])
            {
                var text = answers.Get(item.Id);
                if (text is null && !item.Required) continue;
                complete &= text is not null;
                blocks.AddRange(Narrative(item, text ?? ReportDocument.Placeholder));
            }
            var missingCells = false;
            foreach (var table in (section.Tables ?? []).Select(format.Table))
            {
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var row in table.Rows)
                {
                    foreach (var column in table.Columns)
                    {
                        var key = table.CellKey(row.Id, column.Id);
                        var typed = answers.Get(key);
                        var value = typed ?? figures[key]?.ToString(CultureInfo.InvariantCulture);
                        complete &= value is not null;
                        missingCells |= value is null;
                        cells[key] = value ?? ReportDocument.CellPlaceholder;
                    }
                }
                blocks.Add(new TableBlock(table, cells));
            }
            // Once per section, after its last table: table 二's groups print as one table.
            if (missingCells) blocks.Add(new ParagraphBlock(ReportDocument.CellPlaceholderNote));
            sections.Add(new DocumentSection(section.Heading, blocks));
        }
        return new ReportDocument(format.TitleFor(report.Agency, report.Year), sections, complete) { Agency = report.Agency };
    }

    /// <summary>Per section: the questions still open, and the findings on its tables or prose with any reason given.</summary>
    private static List<AppendixEntry> Appendix(InterviewContext context, AnswerSet answers, List<Finding> findings)
    {
        var entries = new List<AppendixEntry>();
        foreach (var section in context.Format.Sections)
        {
            var open = context.Plan.InSection(section.Id).Where(q => q.Required && !q.Keys.All(answers.Has)).ToList();
            var missing = open.OfType<NarrativeQuestion>().Select(n => n.Item.Label).Concat(MissingRows(context, open.OfType<RowQuestion>())).ToList();
            var own = findings.Where(f => (f.Table is not null && (section.Tables ?? []).Contains(f.Table)) || f.Section == section.Id)
                .Select(f => $"{(f.Severity == Severities.Error ? "错误" : "提醒")} {f.Text}" + (Acknowledgements.Reason(answers, f) is { } why ? $"（已说明：{why}）" : "")).ToList();
            if (missing.Count > 0 || own.Count > 0) entries.Add(new AppendixEntry(section.Heading, missing, own));
        }
        return entries;
    }

    /// <summary>Open table rows, one line each; a table with none of its rows filled is one line.</summary>
    private static IEnumerable<string> MissingRows(InterviewContext context, IEnumerable<RowQuestion> open)
    {
        foreach (var table in open.GroupBy(r => r.Table))
        {
            var all = context.Plan.InTable(table.Key.Id).Count();
            if (table.Count() == all && all > 1) yield return $"{table.Key.Caption}：全部{all}行";
            // GB2312 fonts have no "›": the path's steps are joined by an arrow they do have.
            else foreach (var row in table) yield return row.Path.Replace(" › ", "→", StringComparison.Ordinal);
        }
    }

    /// <summary>The sub-heading, unless the text already opens with it (as the seed's （一）主动公开方面。 does).</summary>
    private static IEnumerable<DocumentBlock> Narrative(NarrativeItem item, string text)
    {
        if (item.Subheading is { } sub && !text.StartsWith(sub[..Math.Min(3, sub.Length)], StringComparison.Ordinal))
            yield return new ParagraphBlock(sub, IsSubheading: true);
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            yield return new ParagraphBlock(paragraph);
    }
}
