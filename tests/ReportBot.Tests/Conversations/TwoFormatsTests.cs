using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;
using ReportBot.Tests.Documents;

namespace ReportBot.Tests.Conversations;

/// <summary>
/// Two report formats in one database: the 2021 format and a 2019-style test fixture (its own 表二（一） columns,
/// an unsplit （六）其他处理, and a ceiling rule R14 on the fee). Each report is asked, checked and documented in the
/// format it was created with.
/// </summary>
public sealed class TwoFormatsTests : IDisposable
{
    private static readonly ReportFormat Fixture2019 = ReportFormatLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "report-format-2019.json"));

    private static readonly ReportFormats Formats = new(new FormatCatalogue([ChatDriver.Context.Format, Fixture2019]),
        f => new InterviewContext(f) { FirstYear = Fixture2019.FirstYear, LastYear = 2026 });

    /// <summary>The first of the three items the 2021 format splits （六）其他处理 into.</summary>
    private const string SplitOtherHandling = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";

    private readonly ChatDriver chat = new(formats: Formats);

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task ANewReportTakesTheFormatInForceForItsYear()
    {
        await InterviewSteps.StartAsync(chat, year: "2020");
        await chat.SendAsync("/new");
        await chat.SendAsync("测试局");
        await chat.SendAsync("2022");

        Assert.Equal([("测试局", 2020, Fixture2019.Id), ("测试局", 2022, ChatDriver.Context.Format.Id)], await ReportsAsync());
    }

    [Fact]
    public async Task EachReportIsAskedInItsOwnFormatsColumns()
    {
        await InterviewSteps.StartAsync(chat, year: "2020");
        await InterviewSteps.FillSection1Async(chat);
        Assert.Contains("新制作 新公开 公开总数", chat.LastText, StringComparison.Ordinal);

        await chat.SendAsync("/new");
        await chat.SendAsync("测试局");
        await chat.SendAsync("2022");
        await InterviewSteps.FillSection1Async(chat);
        Assert.Contains("制发 废止 现行有效", chat.LastText, StringComparison.Ordinal);

        await chat.SendAsync("/open 1");
        Assert.Contains("新制作 新公开 公开总数", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheFormatThatHasTheCeilingRuleWarnsAboutAFeeTypedInYuan()
    {
        await InterviewSteps.StartAsync(chat, year: "2020");
        await FillToFeeAsync();
        await chat.SendAsync("8880113");
        Assert.Contains("R14 行政事业性收费：8880113万元超过100000万元", chat.LastText, StringComparison.Ordinal);

        await chat.SendAsync("/new");
        await chat.SendAsync("测试局");
        await chat.SendAsync("2022");
        await FillToFeeAsync();
        await chat.SendAsync("8880113");
        Assert.DoesNotContain("R14", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachReportsDraftIsWrittenWithItsOwnFormatsLabels()
    {
        await InterviewSteps.StartAsync(chat, year: "2020");
        await chat.SendAsync("/snapshot");
        var old = Document("测试局2020年政府信息公开工作年度报告（草稿）.docx");

        await chat.SendAsync("/new");
        await chat.SendAsync("测试局");
        await chat.SendAsync("2022");
        await chat.SendAsync("/snapshot");
        var current = Document("测试局2022年政府信息公开工作年度报告（草稿）.docx");

        Assert.Empty(old.ValidationErrors);
        Assert.Contains(old.Body, p => p == "本年新制作数量");
        Assert.Contains(old.Body, p => p == "规范性文件");
        Assert.Contains(old.Body, p => p == "（六）其他处理");
        Assert.DoesNotContain(old.Body, p => p == SplitOtherHandling);
        Assert.DoesNotContain(old.Body, p => p == "本年制发件数");
        Assert.Empty(current.ValidationErrors);
        Assert.Contains(current.Body, p => p == "本年制发件数");
        Assert.Contains(current.Body, p => p == "行政规范性文件");
        Assert.DoesNotContain(current.Body, p => p == "本年新制作数量");
        Assert.Contains(current.Body, p => p == SplitOtherHandling);
    }

    /// <summary>Section 一, table 二 (一) as zeros, 行政许可 18 and (六) as zeros: the next question is the fee.</summary>
    private async Task FillToFeeAsync()
    {
        await InterviewSteps.FillSection1Async(chat);
        await chat.PressAsync("本组其余全为0");
        await chat.SendAsync("18");
        await chat.PressAsync("本组其余全为0");
    }

    private DocxContent Document(string fileName)
    {
        var file = Assert.Single(chat.Last, r => r.Document is not null).Document!;
        Assert.Equal(fileName, file.FileName);
        return DocxContent.Read(file.Content);
    }

    private async Task<List<(string, int, string)>> ReportsAsync()
    {
        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        return [.. (await s.AllReportsAsync(CancellationToken.None)).Select(r => (r.Agency, r.Year, r.FormatId))];
    }
}
