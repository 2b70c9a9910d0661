using System.Text.RegularExpressions;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>Each statement's section says something about its topic (R13); otherwise its suggestion is offered.</summary>
public sealed partial record StatementCheck(IReadOnlyList<RequiredStatement> Statements) : RuleCheck
{
    internal override IEnumerable<string> SectionsRead(ReportFormat format) => Statements.Select(s => s.Section);

    internal override IEnumerable<string> Problems(ReportFormat format)
    {
        if (Statements is not { Count: > 0 }) yield return "a statement rule needs \"statements\"";
        foreach (var st in Statements ?? [])
        {
            if (!format.Sections.Any(x => x.Id == st.Section) || st.Keywords is not { Count: > 0 } || string.IsNullOrWhiteSpace(st.Suggestion))
                yield return $"statement for section \"{st.Section}\" needs a known section, keywords and a suggestion";
        }
    }

    internal override IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds)
    {
        foreach (var statement in Statements)
        {
            if (input.Texts?.GetValueOrDefault(statement.Section) is not { } text) continue;
            if (statement.Keywords.Any(k => States(text, k))) continue;
            var where = format.Heading(statement.Section);
            var message = RuleText.Fill(rule.Message!, ("where", where), ("topic", statement.Topic), ("suggestion", statement.Suggestion));
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

    [GeneratedRegex(@"[。；;！!？?\n]")]
    private static partial Regex SentenceEnd();
}

/// <summary>A section must mention one of the keywords; otherwise the suggestion can be accepted as it stands.</summary>
public sealed record RequiredStatement(string Section, string Topic, IReadOnlyList<string> Keywords, string Suggestion);
