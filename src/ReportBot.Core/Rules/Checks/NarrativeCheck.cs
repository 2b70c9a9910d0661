using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>Figures quoted in the <see cref="Sections"/>' prose equal the table cells of each pattern (R11, R12).</summary>
public sealed partial record NarrativeCheck(IReadOnlyList<string> Sections, IReadOnlyList<NarrativePattern> Patterns) : RuleCheck
{
    private const int SentenceShownUpTo = 60;

    // Built once per pattern: checks are shared by every conversation and evaluated on most messages.
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    internal override IEnumerable<string> SectionsRead(ReportFormat format) => Sections;

    // The tables of the cells the quoted figures are compared with.
    internal override IEnumerable<string> TablesRead(ReportFormat format) =>
        format.Tables.Where(t => Patterns.SelectMany(p => p.Cells).Any(k => TableDefinition.IsCellOf(k, t.Id))).Select(t => t.Id);

    internal override IEnumerable<string> Problems(ReportFormat format)
    {
        if (Sections is not { Count: > 0 } || Patterns is not { Count: > 0 })
        {
            yield return "a narrative rule needs \"sections\" and \"patterns\"";
            yield break;
        }
        var cells = format.Tables.SelectMany(t => t.Rows.SelectMany(r => t.Columns.Select(col => t.CellKey(r.Id, col.Id)))).ToHashSet();
        foreach (var p in Patterns)
        {
            string? problem = null;
            try
            {
                if (new Regex(p.Regex).GetGroupNumbers().Length <= 1) problem = $"pattern \"{p.Name}\" needs a group for the figure";
            }
            catch (ArgumentException e)
            {
                problem = $"pattern \"{p.Name}\" is not a valid regular expression ({e.Message})";
            }
            if (problem is not null) yield return problem;
            foreach (var cell in (p.Cells ?? []).Where(k => !cells.Contains(k))) yield return $"pattern \"{p.Name}\" names unknown cell \"{cell}\"";
        }
    }

    internal override IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds)
    {
        var tables = Patterns.Select(p => ReportFigures.Sum(p.Cells.Select(k => input.Figures[k]))).ToList();
        if (tables.All(t => t is null)) yield break;
        var quotes = PlanFor(format, _ => new QuoteMemo());
        foreach (var section in Sections.Where(s => input.Texts?.ContainsKey(s) == true))
        {
            foreach (var quote in Read(input.Texts![section], quotes))
            {
                var pattern = Patterns[quote.Pattern];
                if (tables[quote.Pattern] is not { } table || quote.Figure == table) continue;
                var message = RuleText.Fill(rule.Message!, ("sentence", quote.Shown), ("name", pattern.Name), ("quoted", RuleText.Number(quote.Figure)), ("table", RuleText.Number(table)));
                yield return new Finding(rule.Id, rule.Severity, format.Heading(section), message, [.. pattern.Cells], Section: section, Key: $"{rule.Id}.{section}.{quote.Pattern}.{quote.Sentence}");
            }
        }
    }

    /// <summary>
    /// Every figure the patterns find in a section's text, by sentence: what the rule compares with the tables. A
    /// section is its items joined by line breaks, which end sentences too, so it is read line by line and each line
    /// is read once: answering one item reads that item, not the whole section again.
    /// </summary>
    private Quote[] Read(string text, QuoteMemo memo)
    {
        var quotes = new List<Quote>();
        var sentences = 0;
        foreach (var line in text.Split('\n'))
        {
            var read = memo.Of(line, ReadLine);
            quotes.AddRange(sentences == 0 ? read.Quotes : read.Quotes.Select(q => q with { Sentence = q.Sentence + sentences }));
            sentences += read.Sentences;
        }
        return [.. quotes];
    }

    /// <summary>One line's figures, its sentences numbered from 0, and how many sentences it has.</summary>
    private LineQuotes ReadLine(string line)
    {
        var quotes = new List<Quote>();
        var sentences = SentenceEnd().Split(line).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            // Figures may be typed in full-width digits (１７): the pattern reads an ASCII copy; the message quotes the original.
            var ascii = sentences[i].Normalize(NormalizationForm.FormKC);
            // A figure is ASCII digits (below): a sentence with none quotes nothing, whatever the patterns. Most have none.
            if (!ascii.AsSpan().ContainsAnyInRange('0', '9')) continue;
            var shown = sentences[i].Length <= SentenceShownUpTo ? sentences[i] : sentences[i][..SentenceShownUpTo] + "…";
            for (var p = 0; p < Patterns.Count; p++)
            {
                foreach (Match match in Compiled.GetOrAdd(Patterns[p].Regex, r => new Regex(r, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).Matches(ascii))
                {
                    // A pattern may have alternatives; the figure is whichever group matched. Digits of other scripts are not figures.
                    if (decimal.TryParse(match.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value, NumberStyles.None, CultureInfo.InvariantCulture, out var figure))
                        quotes.Add(new Quote(i, shown, p, figure));
                }
            }
        }
        return new LineQuotes(sentences.Count, [.. quotes]);
    }

    private sealed record Quote(int Sentence, string Shown, int Pattern, decimal Figure);

    private sealed record LineQuotes(int Sentences, Quote[] Quotes);

    /// <summary>
    /// The figures read from each line seen lately. A report's prose rarely changes between two messages while its
    /// tables do, and reading it (sentences, normalisation, every pattern) is most of the rule's work.
    /// </summary>
    private sealed class QuoteMemo
    {
        // Lines of the reports being filled: a section's few items each, for many chats at once.
        private const int Lines = 2048;
        private readonly ConcurrentDictionary<string, LineQuotes> read = new(StringComparer.Ordinal);

        public LineQuotes Of(string line, Func<string, LineQuotes> readLine)
        {
            if (read.TryGetValue(line, out var quotes)) return quotes;
            // Bounded without bookkeeping: when full, start again (the texts of the chats in progress come back at once).
            if (read.Count >= Lines) read.Clear();
            return read[line] = readLine(line);
        }
    }

    [GeneratedRegex(@"[。；;！!？?\n]")]
    private static partial Regex SentenceEnd();
}

/// <summary>A figure quoted in prose (group 1 of <c>Regex</c>) and the table cells it must equal when added up.</summary>
public sealed record NarrativePattern(string Name, string Regex, IReadOnlyList<string> Cells);
