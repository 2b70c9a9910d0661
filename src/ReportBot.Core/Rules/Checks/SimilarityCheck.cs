using System.Globalization;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>
/// A narrative does not repeat last year's (内容雷同): its <see cref="TextSimilarity.Dice"/> with last year's text of
/// the same item is below <see cref="Threshold"/>. Compared item by item when both years' items are known (the
/// interview), else section by section (a published report). Texts shorter than <see cref="MinLength"/> characters
/// once normalised (无, 本年度无) are alike every year and are not compared.
/// </summary>
public sealed record SimilarityCheck(double Threshold, int MinLength = 20, IReadOnlyList<string>? Sections = null) : RuleCheck
{
    internal override IEnumerable<string> SectionsRead(ReportFormat format) => Sections ?? format.Sections.Where(s => s.Items is { Count: > 0 }).Select(s => s.Id);

    internal override IEnumerable<string> Problems(ReportFormat format)
    {
        if (Threshold is <= 0 or > 1) yield return "a similarity rule needs a \"threshold\" above 0 and at most 1";
        if (MinLength < 2) yield return "a similarity rule's \"minLength\" must be at least 2";
        foreach (var s in (Sections ?? []).Where(s => format.Sections.All(x => x.Id != s))) yield return $"similarity rule names unknown section \"{s}\"";
    }

    /// <summary>The key of the finding about one item (or section): where the interview finds it after a save.</summary>
    public static string KeyOf(string ruleId, string itemOrSectionId) => $"{ruleId}.{itemOrSectionId}";

    internal override IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds)
    {
        var sections = format.Sections.Where(s => s.Items is { Count: > 0 } && (Sections is null || Sections.Contains(s.Id)));
        var byItem = input.Items is not null && input.LastYearItems is not null;
        foreach (var section in sections)
        {
            IEnumerable<(string Id, string Where, string? Now, string? Before)> pairs = byItem
                ? section.Items!.Select(i => (i.Id, i.Label, input.Items!.GetValueOrDefault(i.Id), input.LastYearItems!.GetValueOrDefault(i.Id)))
                : [(section.Id, section.Heading, input.Texts?.GetValueOrDefault(section.Id), input.LastYearTexts?.GetValueOrDefault(section.Id))];
            foreach (var (id, where, now, before) in pairs)
            {
                if (now is null || before is null || TextSimilarity.Normalize(now).Length < MinLength) continue;
                var similarity = TextSimilarity.Dice(now, before);
                if (similarity < Threshold) continue;
                var percent = Math.Floor(similarity * 100).ToString(CultureInfo.InvariantCulture);
                var message = RuleText.Fill(rule.Message!, ("where", where), ("percent", percent));
                yield return new Finding(rule.Id, rule.Severity, where, message, [], Section: section.Id, Key: KeyOf(rule.Id, id));
            }
        }
    }
}
