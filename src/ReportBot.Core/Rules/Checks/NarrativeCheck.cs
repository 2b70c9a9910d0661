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
        // Each pattern's table figure and each sentence's ASCII copy once, not once per sentence and pattern.
        var tables = Patterns.Select(p => ReportFigures.Sum(p.Cells.Select(k => input.Figures[k]))).ToList();
        if (tables.All(t => t is null)) yield break;
        foreach (var section in Sections.Where(s => input.Texts?.ContainsKey(s) == true))
        {
            var sentences = SentenceEnd().Split(input.Texts![section]).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
            for (var i = 0; i < sentences.Count; i++)
            {
                // Figures may be typed in full-width digits (１７): the pattern reads an ASCII copy; the message quotes the original.
                var ascii = sentences[i].Normalize(NormalizationForm.FormKC);
                for (var p = 0; p < Patterns.Count; p++)
                {
                    var pattern = Patterns[p];
                    if (tables[p] is not { } table) continue;
                    foreach (Match match in Compiled.GetOrAdd(pattern.Regex, r => new Regex(r, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).Matches(ascii))
                    {
                        // A pattern may have alternatives; the figure is whichever group matched. Digits of other scripts are not figures.
                        if (!decimal.TryParse(match.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value, NumberStyles.None, CultureInfo.InvariantCulture, out var quoted)
                            || quoted == table) continue;
                        var shown = sentences[i].Length <= SentenceShownUpTo ? sentences[i] : sentences[i][..SentenceShownUpTo] + "…";
                        var message = RuleText.Fill(rule.Message!, ("sentence", shown), ("name", pattern.Name), ("quoted", RuleText.Number(quoted)), ("table", RuleText.Number(table)));
                        yield return new Finding(rule.Id, rule.Severity, format.Heading(section), message, [.. pattern.Cells], Section: section, Key: $"{rule.Id}.{section}.{p}.{i}");
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"[。；;！!？?\n]")]
    private static partial Regex SentenceEnd();
}

/// <summary>A figure quoted in prose (group 1 of <c>Regex</c>) and the table cells it must equal when added up.</summary>
public sealed record NarrativePattern(string Name, string Regex, IReadOnlyList<string> Cells);
