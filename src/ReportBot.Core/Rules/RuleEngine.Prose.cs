using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules;

/// <summary>Rules on the prose: figures quoted against the tables (R11, R12), statements a section must make (R13).</summary>
public sealed partial class RuleEngine
{
    private const int SentenceShownUpTo = 60;

    // Built once per pattern: the engine is shared by every conversation and evaluated on most messages.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> compiled = new(StringComparer.Ordinal);

    private IEnumerable<Finding> Narrative(RuleDefinition rule, RuleCheck check, RuleInput input)
    {
        foreach (var section in (check.Sections ?? []).Where(s => input.Texts?.ContainsKey(s) == true))
        {
            var sentences = SentenceEnd().Split(input.Texts![section]).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
            for (var i = 0; i < sentences.Count; i++)
            {
                for (var p = 0; p < (check.Patterns ?? []).Count; p++)
                {
                    var pattern = check.Patterns![p];
                    var table = ReportFigures.Sum(pattern.Cells.Select(k => input.Figures[k]));
                    if (table is null) continue;
                    // Figures may be typed in full-width digits (１７): the pattern reads an ASCII copy; the message quotes the original.
                    foreach (Match match in compiled.GetOrAdd(pattern.Regex, r => new Regex(r, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).Matches(sentences[i].Normalize(NormalizationForm.FormKC)))
                    {
                        // A pattern may have alternatives; the figure is whichever group matched. Digits of other scripts are not figures.
                        if (!decimal.TryParse(match.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value, NumberStyles.None, CultureInfo.InvariantCulture, out var quoted)
                            || quoted == table) continue;
                        var shown = sentences[i].Length <= SentenceShownUpTo ? sentences[i] : sentences[i][..SentenceShownUpTo] + "…";
                        var message = Fill(rule.Message!, ("sentence", shown), ("name", pattern.Name), ("quoted", Format(quoted)), ("table", Format(table.Value)));
                        yield return new Finding(rule.Id, rule.Severity, Heading(section), message, [.. pattern.Cells], Section: section, Key: $"{rule.Id}.{section}.{p}.{i}");
                    }
                }
            }
        }
    }

    private IEnumerable<Finding> Statements(RuleDefinition rule, RuleCheck check, RuleInput input)
    {
        foreach (var statement in check.Statements ?? [])
        {
            if (input.Texts?.GetValueOrDefault(statement.Section) is not { } text) continue;
            if (statement.Keywords.Any(k => States(text, k))) continue;
            var where = Heading(statement.Section);
            var message = Fill(rule.Message!, ("where", where), ("topic", statement.Topic), ("suggestion", statement.Suggestion));
            yield return new Finding(rule.Id, rule.Severity, where, message, [], Section: statement.Section, Key: $"{rule.Id}.{statement.Section}", Suggestion: statement.Suggestion);
        }
    }

    /// <summary>
    /// Whether the text says it: the keyword in it, or for <c>上年…整改</c> both parts in that order within one sentence,
    /// so that any 整改 does not pass for addressing last year's problems.
    /// </summary>
    private static bool States(string text, string keyword)
    {
        if (!keyword.Contains('…', StringComparison.Ordinal)) return text.Contains(keyword, StringComparison.Ordinal);
        var parts = keyword.Split('…');
        return SentenceEnd().Split(text).Any(sentence =>
        {
            var at = 0;
            foreach (var part in parts)
            {
                at = sentence.IndexOf(part, at, StringComparison.Ordinal);
                if (at < 0) return false;
                at += part.Length;
            }
            return true;
        });
    }

    private string Heading(string sectionId) => format.Sections.FirstOrDefault(s => s.Id == sectionId)?.Heading ?? sectionId;

    [GeneratedRegex(@"[。；;！!？?\n]")]
    private static partial Regex SentenceEnd();
}
