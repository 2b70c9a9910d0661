using System.Text.Json.Nodes;
using ReportBot.Core.Answers;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Tests.Rules;

/// <summary>The ceiling kind, added in one file: a fee far above any real one was typed in 元, not 万元 (R14 of the fixture).</summary>
public class CeilingCheckTests
{
    private static readonly ReportFormat Format = FormatFixture2019.Format;

    [Fact]
    public void TheFixtureDeclaresItsCeilingAsDataOfItsOwnKind()
    {
        var check = Assert.IsType<CeilingCheck>(Format.Rule("R14")?.Check);

        Assert.Equal(new CeilingCheck("t2.8", 100000, "amount"), check);
    }

    [Fact]
    public void AFeeAboveTheCeilingIsAWarningNamingTheRowTheFigureAndTheCeiling()
    {
        var finding = Assert.Single(Evaluate("8880113"), f => f.RuleId == "R14");

        Assert.Equal(Severities.Warning, finding.Severity);
        Assert.Equal("R14 行政事业性收费：8880113万元超过100000万元，请确认是按万元而不是按元填写", finding.Text);
        Assert.Equal(["t2.8.fees.amount"], finding.CellKeys);
        Assert.Equal("t2.8", finding.Table);
    }

    [Theory]
    [InlineData("888.0113")]
    [InlineData("100000")]
    public void AFeeUpToTheCeilingPasses(string fee)
    {
        Assert.DoesNotContain(Evaluate(fee), f => f.RuleId == "R14");
    }

    [Fact]
    public void TheCeilingIsEvaluatedWithItsTableAndNotWithOthers()
    {
        var figures = ReportFigures.From(Format, Answers("8880113"));
        var engine = new RuleEngine(Format);

        Assert.Contains(engine.Evaluate(figures, new HashSet<string> { "t2.8" }), f => f.RuleId == "R14");
        Assert.DoesNotContain(engine.Evaluate(figures, new HashSet<string> { "t3" }), f => f.RuleId == "R14");
    }

    [Fact]
    public void ACeilingOnAnUnknownColumnIsRefusedInOneLine()
    {
        var message = Refusal(check => check["column"] = "amt");

        Assert.Equal("test.json: rule R14: \"column\" names \"amt\", not in t2.8", message);
    }

    [Fact]
    public void ACeilingWithoutAPositiveMaximumIsRefused()
    {
        var message = Refusal(check => check.Remove("max"));

        Assert.Equal("test.json: rule R14: a ceiling rule needs a positive \"max\"", message);
    }

    private static IReadOnlyList<Finding> Evaluate(string fee) => new RuleEngine(Format).Evaluate(ReportFigures.From(Format, Answers(fee)));

    private static AnswerSet Answers(string fee)
    {
        var answers = new AnswerSet();
        answers.Set("t2.8.fees.amount", fee);
        return answers;
    }

    private static string Refusal(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(FormatFixture2019.FilePath))!.AsObject();
        change(root["rules"]!.AsArray().Single(r => (string?)r!["id"] == "R14")!["check"]!.AsObject());
        return Assert.Throws<ReportFormatException>(() => ReportFormatLoader.Parse(root.ToJsonString(), "test.json")).Message;
    }
}
