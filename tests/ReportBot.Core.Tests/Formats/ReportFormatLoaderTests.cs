using System.Text.Json.Nodes;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Tests.Formats;

public class ReportFormatLoaderTests
{
    private const string Source = "test.json";

    [Fact]
    public void TheRealFormatLoads()
    {
        var format = ReportFormatLoader.Load(FormatFixture.FilePath);

        Assert.Equal("gov-info-disclosure-2021", format.Id);
        Assert.Equal(2021, format.FirstYear);
        Assert.Equal(6, format.Sections.Count);
        Assert.Equal(["t2.1", "t2.5", "t2.6", "t2.8", "t3", "t4"], format.Tables.Select(t => t.Id));
    }

    [Fact]
    public void TableThreeHasItsTwentyFiveRowsAndSevenColumns()
    {
        var t3 = FormatFixture.Format.Table("t3");

        Assert.Equal(25, t3.Rows.Count);
        Assert.Equal(7, t3.Columns.Count);
        Assert.Equal(24, t3.TypedRows.Count());
        Assert.Equal(6, t3.TypedColumns.Count());
        Assert.Equal("total", t3.ComputedColumn?.Id);
        Assert.Equal("t3.new.natural", t3.CellKey("new", "natural"));
    }

    [Fact]
    public void TableFourIsLaidOutInBlocksAndTheFeeTableIsAFee()
    {
        var format = FormatFixture.Format;

        Assert.Equal(TableLayouts.Blocks, format.Table("t4").Layout);
        Assert.Equal(TableLayouts.Grid, format.Table("t3").Layout);
        Assert.True(format.Table("t2.8").IsFee);
        Assert.False(format.Table("t3").IsFee);
    }

    [Fact]
    public void AllRulesArePresentR1ToR13AndR15()
    {
        var format = FormatFixture.Format;

        // R14 is the 2019 test fixture's ceiling rule; the 2021 format's 内容雷同 rule is R15.
        Assert.Equal([.. Enumerable.Range(1, 13).Select(i => $"R{i}"), "R15"], format.Rules.Select(r => r.Id));
        foreach (var id in (string[])["R1", "R2", "R3", "R5", "R6"])
            Assert.NotNull(format.Rule(id)?.Check);
        Assert.Null(format.Rule("R4")?.Check);
        Assert.Null(format.Rule("R14"));
    }

    [Fact]
    public void TheTitleIsFilledWithAgencyAndYear()
    {
        Assert.Equal("焦作市人民政府2023年政府信息公开工作年度报告", FormatFixture.Format.TitleFor("焦作市人民政府", 2023));
    }

    [Fact]
    public void TheUnchangedJsonParses()
    {
        var format = ReportFormatLoader.Parse(Mutated(_ => { }), Source);

        Assert.Equal(FormatFixture.Format.Id, format.Id);
    }

    [Fact]
    public void ANarrativeItemWithoutPromptIsRefused()
    {
        var json = Mutated(root => Item(root, 0, 1).Remove("prompt"));

        var message = Refusal(json);

        Assert.Contains("item s1.active", message, StringComparison.Ordinal);
        Assert.Contains("\"prompt\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADuplicateItemIdIsRefused()
    {
        var json = Mutated(root => Item(root, 0, 1)["id"] = "s1.intro");

        var message = Refusal(json);

        Assert.Contains("item s1.intro", message, StringComparison.Ordinal);
        Assert.Contains("duplicate", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASectionNamingAnUnknownTableIsRefused()
    {
        var json = Mutated(root => root["sections"]![1]!["tables"]![0] = "t9");

        var message = Refusal(json);

        Assert.Contains("section s2", message, StringComparison.Ordinal);
        Assert.Contains("unknown table t9", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABalanceTermThatIsNotARowOfItsTableIsRefused()
    {
        var json = Mutated(root => Rule(root, "R1")["check"]!["left"]![0] = "newly");

        var message = Refusal(json);

        Assert.Contains("rule R1", message, StringComparison.Ordinal);
        Assert.Contains("\"newly\"", message, StringComparison.Ordinal);
        Assert.Contains("not a row of t3", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABalanceTermThatIsNotAColumnOfItsTableIsRefused()
    {
        var json = Mutated(root => Rule(root, "R5")["check"]!["right"]![1] = "overturned");

        var message = Refusal(json);

        Assert.Contains("rule R5", message, StringComparison.Ordinal);
        Assert.Contains("\"overturned\"", message, StringComparison.Ordinal);
        Assert.Contains("not a column of t4", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownValueTypeIsRefused()
    {
        var json = Mutated(root => Table(root, "t2.8")["valueType"] = "money");

        var message = Refusal(json);

        Assert.Contains("table t2.8", message, StringComparison.Ordinal);
        Assert.Contains("unknown valueType \"money\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AComputedColumnNamingAnUnknownColumnIsRefused()
    {
        var json = Mutated(root => Column(root, "t3", "total")["computed"]![0] = "person");

        var message = Refusal(json);

        Assert.Contains("table t3 column total", message, StringComparison.Ordinal);
        Assert.Contains("unknown column person", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AComputedRowNamingAnUnknownRowIsRefused()
    {
        var json = Mutated(root => Row(root, "t3", "total")["computed"]![0] = "approved");

        var message = Refusal(json);

        Assert.Contains("table t3 row total", message, StringComparison.Ordinal);
        Assert.Contains("unknown row approved", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownSeverityIsRefused()
    {
        var json = Mutated(root => Rule(root, "R9")["severity"] = "fatal");

        var message = Refusal(json);

        Assert.Contains("rule R9", message, StringComparison.Ordinal);
        Assert.Contains("unknown severity \"fatal\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidJsonIsRefusedWithItsLine()
    {
        // Line 5 of the real file is "firstYear": 2021.
        var json = FormatFixture.Json.Replace("\"firstYear\": 2021", "\"firstYear\": twenty", StringComparison.Ordinal);

        var message = Refusal(json);

        Assert.Contains("not valid JSON", message, StringComparison.Ordinal);
        Assert.Contains("line 5", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedJsonIsRefusedWithALine()
    {
        var json = FormatFixture.Json[..200];

        var message = Refusal(json);

        Assert.Contains("line", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleWithoutTheAgencyIsRefused()
    {
        var json = Mutated(root => root["title"] = "{year}年政府信息公开工作年度报告");

        var message = Refusal(json);

        Assert.Contains("title", message, StringComparison.Ordinal);
        Assert.Contains("{agency}", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyDocumentIsRefused()
    {
        var message = Refusal("null");

        Assert.Contains("empty", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileIsRefusedNamingThePath()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "config", "no-such-format.json");

        var e = Assert.Throws<ReportFormatException>(() => ReportFormatLoader.Load(path));

        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemIsReported()
    {
        var json = Mutated(root =>
        {
            Item(root, 0, 2).Remove("hint");
            Table(root, "t4")["layout"] = "columns";
        });

        var message = Refusal(json);

        Assert.Contains("item s1.request: missing \"hint\"", message, StringComparison.Ordinal);
        Assert.Contains("table t4: unknown layout \"columns\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANullItemIsRefusedNamingTheFile()
    {
        var json = Mutated(root => root["sections"]![0]!["items"]!.AsArray().Add(null));

        var message = Refusal(json);

        Assert.Contains("section s1", message, StringComparison.Ordinal);
    }

    [Fact]
    public void EachCheckedRuleIsReadAsTheClassOfItsKind()
    {
        var kinds = FormatFixture.Format.Rules.Where(r => r.Check is not null).ToDictionary(r => r.Id, r => r.Check!.GetType().Name);

        Assert.Equal("BalanceCheck", kinds["R1"]);
        Assert.Equal("FilledCheck", kinds["R6"]);
        Assert.Equal("LabelsCheck", kinds["R7"]);
        Assert.Equal("CarryoverCheck", kinds["R8"]);
        Assert.Equal("InForceCheck", kinds["R9"]);
        Assert.Equal("PendingCheck", kinds["R10"]);
        Assert.Equal("NarrativeCheck", kinds["R11"]);
        Assert.Equal("StatementCheck", kinds["R13"]);
    }

    [Fact]
    public void AnUnknownCheckTypeIsRefusedNamingItsRuleAndTheKnownTypes()
    {
        var json = Mutated(root => Rule(root, "R2")["check"]!["type"] = "sum");

        var message = Refusal(json);

        Assert.Equal("test.json: rule R2: unknown check type \"sum\" (known: balance, filled, carryover, inForce, pending, narrative, statement, labels, ceiling, similarity)", message);
    }

    [Fact]
    public void ACheckWithoutATypeIsRefusedNamingItsRule()
    {
        var json = Mutated(root => Rule(root, "R5")["check"]!.AsObject().Remove("type"));

        var message = Refusal(json);

        Assert.StartsWith("test.json: rule R5: the check has no \"type\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACheckMayNameItsTypeAfterItsParameters()
    {
        var json = Mutated(root =>
        {
            var check = Rule(root, "R1")["check"]!.AsObject();
            check.Remove("type");
            check["type"] = "balance";
        });

        var format = ReportFormatLoader.Parse(json, Source);

        Assert.IsType<ReportBot.Core.Rules.Checks.BalanceCheck>(format.Rule("R1")?.Check);
    }

    [Fact]
    public void TheTablesSayHowTheBotPresentsThem()
    {
        var format = FormatFixture.Format;

        Assert.Equal([ZeroShortcuts.Group, ZeroShortcuts.Group, ZeroShortcuts.Group, null, ZeroShortcuts.Table, ZeroShortcuts.Table], format.Tables.Select(t => t.ZeroShortcut));
        Assert.Equal(["t2.1", "t2.5", "t2.6", "t2.8"], format.Tables.Where(t => t.CaptionInPath).Select(t => t.Id));
        Assert.Equal("（一）", format.Table("t3").ShortName(format.Table("t3").Rows.Single(r => r.Id == "granted")));
        Assert.Equal("行政许可", format.Table("t2.5").ShortName(format.Table("t2.5").Rows[0]));
    }

    [Fact]
    public void AnUnknownZeroShortcutOrLabelStyleIsRefused()
    {
        var json = Mutated(root =>
        {
            Table(root, "t3")["zeroShortcut"] = "all";
            Table(root, "t4")["labelStyle"] = "tiny";
        });

        var message = Refusal(json);

        Assert.Contains("table t3: unknown zeroShortcut \"all\" (group or table)", message, StringComparison.Ordinal);
        Assert.Contains("table t4: unknown labelStyle \"tiny\" (full or short)", message, StringComparison.Ordinal);
    }

    private static string Refusal(string json)
    {
        var e = Assert.Throws<ReportFormatException>(() => ReportFormatLoader.Parse(json, Source));
        Assert.StartsWith(Source + ": ", e.Message, StringComparison.Ordinal);
        return e.Message;
    }

    private static string Mutated(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(FormatFixture.Json)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    private static JsonObject Item(JsonObject root, int section, int item) =>
        root["sections"]![section]!["items"]![item]!.AsObject();

    private static JsonObject Table(JsonObject root, string id) =>
        root["tables"]!.AsArray().Single(t => (string?)t!["id"] == id)!.AsObject();

    private static JsonObject Column(JsonObject root, string table, string id) =>
        Table(root, table)["columns"]!.AsArray().Single(c => (string?)c!["id"] == id)!.AsObject();

    private static JsonObject Row(JsonObject root, string table, string id) =>
        Table(root, table)["rows"]!.AsArray().Single(r => (string?)r!["id"] == id)!.AsObject();

    private static JsonObject Rule(JsonObject root, string id) =>
        root["rules"]!.AsArray().Single(r => (string?)r!["id"] == id)!.AsObject();
}
