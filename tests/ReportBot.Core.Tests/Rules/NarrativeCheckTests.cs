using ReportBot.Core.Answers;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Tests.Rules;

/// <summary>
/// Figures in the prose against the tables (R11): a section is read item by item, each item once, and a quote keeps
/// its place among the whole section's sentences, which is what its finding's key (and an explanation kept for it)
/// names.
/// </summary>
public class NarrativeCheckTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;

    private const string Quoted = "全年共受理政府信息公开申请17件。";

    // Every table cell 0, so the quoted 17 applications are not in the tables.
    private static Finding R11(Dictionary<string, string> texts)
    {
        var answers = Format.Tables.SelectMany(t => t.TypedRows.SelectMany(r => t.TypedColumns.Select(c => t.CellKey(r.Id, c.Id))))
            .ToDictionary(k => k, _ => "0", StringComparer.Ordinal);
        foreach (var (key, text) in texts) answers[key] = text;
        return Assert.Single(new RuleEngine(Format).Evaluate(RuleInput.From(Format, new AnswerSet(answers))), f => f.RuleId == "R11");
    }

    [Fact]
    public void AQuoteInALaterItemIsNumberedAmongTheSectionsSentencesHoweverTheEarlierItemsChange()
    {
        // The same item after two different items before it: read once, numbered twice.
        var afterThree = R11(new() { ["s1.intro"] = "一。二。三。", ["s1.request"] = Quoted });
        var afterOne = R11(new() { ["s1.intro"] = "一。", ["s1.request"] = Quoted });
        var afterNone = R11(new() { ["s1.request"] = Quoted });

        Assert.Equal(afterThree.Key![..^1] + "3", afterThree.Key);
        Assert.Equal(afterThree.Key![..^1] + "1", afterOne.Key);
        Assert.Equal(afterThree.Key![..^1] + "0", afterNone.Key);
        Assert.Contains(Quoted.TrimEnd('。'), afterOne.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemOfSeveralLinesCountsEachLinesSentences()
    {
        var finding = R11(new() { ["s1.intro"] = "第一行。\n第二行，没有句号\n\n第三行。", ["s1.request"] = "前一句；" + Quoted });

        Assert.EndsWith(".4", finding.Key, StringComparison.Ordinal);
    }
}
