using ReportBot.Core.Documents;

namespace ReportBot.Core.Tests.Documents;

public sealed class TitleLinesTests
{
    /// <summary>Real organ names of 5–30 characters (the seed, the corpus's 平潭 reports, and longer real ones).</summary>
    public static TheoryData<string, int, string[]> RealNames => new()
    {
        { "北京市教委", 2023, ["北京市教委2023年政府信息公开工作年度报告"] },
        { "焦作市人防办", 2023, ["焦作市人防办2023年", "政府信息公开工作年度报告"] },
        { "焦作市人民政府", 2024, ["焦作市人民政府2024年", "政府信息公开工作年度报告"] },
        { "平潭综合实验区公安局", 2021, ["平潭综合实验区公安局2021年", "政府信息公开工作年度报告"] },
        { "平潭综合实验区（全区）", 2025, ["平潭综合实验区（全区）", "2025年政府信息公开工作年度报告"] },
        { "平潭综合实验区行政审批局", 2024, ["平潭综合实验区行政审批局", "2024年政府信息公开工作年度报告"] },
        { "上海市浦东新区市场监督管理局", 2023, ["上海市浦东新区市场监督管理局", "2023年政府信息公开工作年度报告"] },
        { "平潭综合实验区自然资源与生态环境局", 2023, ["平潭综合实验区自然资源与生态环境局", "2023年政府信息公开工作年度报告"] },
        { "新疆维吾尔自治区伊犁哈萨克自治州人民政府办公室", 2023, ["新疆维吾尔自治区", "伊犁哈萨克自治州人民政府办公室", "2023年政府信息公开工作年度报告"] },
        { HardCase.Agency, 2024, ["中共平潭综合实验区工作委员会", "机构编制委员会办公室2024年", "政府信息公开工作年度报告"] },
        { "内蒙古自治区呼伦贝尔市鄂温克族自治旗人民政府政务服务中心", 2023, ["内蒙古自治区呼伦贝尔市", "鄂温克族自治旗人民政府政务服务中心", "2023年政府信息公开工作年度报告"] },
    };

    [Theory]
    [MemberData(nameof(RealNames))]
    public void ATitleBreaksWhereItsMeaningAllows(string agency, int year, string[] expected)
    {
        var lines = TitleLines.Split($"{agency}{year}年政府信息公开工作年度报告", agency);

        Assert.Equal(expected, lines);
    }

    [Theory]
    [MemberData(nameof(RealNames))]
    public void EveryLineFitsAndNoneIsOneOrTwoCharacters(string agency, int year, string[] _)
    {
        var title = $"{agency}{year}年政府信息公开工作年度报告";
        var lines = TitleLines.Split(title, agency);

        Assert.Equal(title, string.Concat(lines));
        Assert.All(lines, l => Assert.InRange(TextWidth.HalfEms(l), 6, TitleLines.LineHalfEms));
        // No hourglass: a middle line is never shorter than both its neighbours.
        for (var i = 1; i < lines.Count - 1; i++)
            Assert.False(lines[i].Length < lines[i - 1].Length && lines[i].Length < lines[i + 1].Length, string.Join(" / ", lines));
    }

    [Fact]
    public void EveryOrganOfTheCorpusGetsTheSameLinesEveryTime()
    {
        var organs = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusDirectory(), "truth.json")))
            .RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("organ").GetString()!).Distinct().ToList();

        Assert.NotEmpty(organs);
        foreach (var organ in organs)
        {
            var title = $"{organ}2024年政府信息公开工作年度报告";
            var first = TitleLines.Split(title, organ);
            Assert.Equal(first, TitleLines.Split(title, organ));
            Assert.Equal(title, string.Concat(first));
            Assert.All(first, l => Assert.True(TextWidth.HalfEms(l) <= TitleLines.LineHalfEms && l.Length >= 3, $"{organ}: {string.Join(" / ", first)}"));
        }
    }

    [Fact]
    public void ANameOfNoKnownPartsStillBreaksIntoLinesThatFit()
    {
        var agency = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";

        var lines = TitleLines.Split($"{agency}2024年政府信息公开工作年度报告", agency);

        Assert.All(lines, l => Assert.True(TextWidth.HalfEms(l) <= TitleLines.LineHalfEms && l.Length >= 3));
        Assert.EndsWith("2024年政府信息公开工作年度报告", lines[^1], StringComparison.Ordinal);
    }

    private static string CorpusDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "shared", "corpus");
            if (Directory.Exists(corpus)) return corpus;
            corpus = Path.Combine(directory.FullName, "..", "shared", "corpus");
            if (Directory.Exists(corpus)) return corpus;
        }
        throw new DirectoryNotFoundException("../shared/corpus beside the repository");
    }
}
