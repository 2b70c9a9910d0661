using ReportBot.Core.Answers;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules;

/// <summary>
/// What the rules look at: this year's figures, last year's when known, and each section's prose; for the
/// similarity rule also last year's prose, and both years' narratives item by item when they are known per item.
/// </summary>
public sealed record RuleInput(ReportFigures Figures, ReportFigures? LastYear = null, IReadOnlyDictionary<string, string>? Texts = null)
{
    /// <summary>Last year's prose per section, when last year is known.</summary>
    public IReadOnlyDictionary<string, string>? LastYearTexts { get; init; }

    /// <summary>This year's narratives by item id (the interview's answers); null for a published report.</summary>
    public IReadOnlyDictionary<string, string>? Items { get; init; }

    /// <summary>Last year's narratives by item id, when last year is a report's answers.</summary>
    public IReadOnlyDictionary<string, string>? LastYearItems { get; init; }

    /// <summary>From a report's answers: figures computed as the interview computes them, prose joined per section.</summary>
    public static RuleInput From(ReportFormat format, AnswerSet answers, AnswerSet? lastYear = null) =>
        new(ReportFigures.From(format, answers), lastYear is null ? null : ReportFigures.From(format, lastYear), SectionTexts(format, answers))
        {
            LastYearTexts = lastYear is null ? null : SectionTexts(format, lastYear),
            Items = ItemTexts(format, answers),
            LastYearItems = lastYear is null ? null : ItemTexts(format, lastYear),
        };

    public static Dictionary<string, string> ItemTexts(ReportFormat format, AnswerSet answers) =>
        format.Sections.SelectMany(s => s.Items ?? []).Select(i => (i.Id, Text: answers.Get(i.Id)))
            .Where(x => !string.IsNullOrEmpty(x.Text))
            .ToDictionary(x => x.Id, x => x.Text!, StringComparer.Ordinal);

    public static Dictionary<string, string> SectionTexts(ReportFormat format, AnswerSet answers) =>
        format.Sections.Where(s => s.Items is { Count: > 0 })
            .Select(s => (s.Id, Text: string.Join('\n', s.Items!.Select(i => answers.Get(i.Id)).OfType<string>())))
            .Where(x => x.Text.Length > 0)
            .ToDictionary(x => x.Id, x => x.Text, StringComparer.Ordinal);
}
