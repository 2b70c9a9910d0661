using ReportBot.Core.Answers;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules;

/// <summary>What the rules look at: this year's figures, last year's when known, and each section's prose.</summary>
public sealed record RuleInput(ReportFigures Figures, ReportFigures? LastYear = null, IReadOnlyDictionary<string, string>? Texts = null)
{
    /// <summary>From a report's answers: figures computed as the interview computes them, prose joined per section.</summary>
    public static RuleInput From(ReportFormat format, AnswerSet answers, AnswerSet? lastYear = null) =>
        new(ReportFigures.From(format, answers), lastYear is null ? null : ReportFigures.From(format, lastYear), SectionTexts(format, answers));

    public static Dictionary<string, string> SectionTexts(ReportFormat format, AnswerSet answers) =>
        format.Sections.Where(s => s.Items is { Count: > 0 })
            .Select(s => (s.Id, Text: string.Join('\n', s.Items!.Select(i => answers.Get(i.Id)).OfType<string>())))
            .Where(x => x.Text.Length > 0)
            .ToDictionary(x => x.Id, x => x.Text, StringComparer.Ordinal);
}
