using ReportBot.Channels;
using Xunit.Abstractions;

namespace ReportBot.Tests.Conversations;

/// <summary>
/// The report of issue 13: 95 applications, table 四 not zero, last year in the store (淮安市洪泽区人民政府 2023).
/// Filled from its chat file through the real service, counting inputs and the bot's messages per input.
/// </summary>
public sealed class NonZeroFillTests(ITestOutputHelper output) : IDisposable
{
    private const string Agency = "淮安市洪泽区人民政府";
    private static string ChatFile => Path.Combine(AppContext.BaseDirectory, "Fixtures", "hongze-2024.chat.txt");
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    /// <summary>Last year's submitted report: what 2024 carries over (二), keeps in force (R9) and has pending (R10).</summary>
    public static Dictionary<string, string> LastYear() => SeedAnswers.Complete(
        ("t3.new.natural", "60"), ("t3.new.business", "8"), ("t3.granted.natural", "50"), ("t3.granted.business", "7"),
        ("t3.unable1.natural", "8"), ("t3.carryover.natural", "2"), ("t3.carryover.business", "1"),
        ("t2.1.normative.issued", "4"), ("t2.1.normative.inForce", "30"),
        ("t4.review.upheld", "1"), ("t4.review.pending", "1"), ("t4.direct.pending", "1"),
        ("s5.problems", "上年度存在的主要问题是依申请公开办理流程不够规范，业务培训不足。"));

    private async Task<(int Inputs, int Messages)> FillAsync()
    {
        await chat.AdmitAsync();
        await SeedAnswers.ImportAsync(chat, Agency, 2023, LastYear());
        var (inputs, messages) = (0, 0);
        foreach (var line in File.ReadAllLines(ChatFile).Where(l => l.Length > 0))
        {
            messages += (await chat.SendAsync(line)).Count;
            inputs++;
        }
        if (chat.Last.SelectMany(r => r.AllButtons).Any(b => b.Label == "仍然提交"))
        {
            messages += (await chat.PressAsync("仍然提交")).Count;
            inputs++;
        }
        return (inputs, messages);
    }

    [Fact]
    public async Task TheNonZeroReportIsSubmittedInAtMost35InputsWithAboutOneMessageEach()
    {
        var (inputs, messages) = await FillAsync();

        Assert.Contains("报告已提交", string.Join("\n", chat.Last.Select(r => r.Text)), StringComparison.Ordinal);
        var answers = await chat.AnswersAsync();
        Assert.Equal(("80", "16", "7", "1"), (answers["t3.new.natural"], answers["t3.unable1.natural"], answers["t3.carryover.natural"], answers["t4.review.pending"]));
        Assert.True(inputs <= 35, $"{inputs} inputs");
        var perInput = (double)messages / inputs;
        output.WriteLine($"non-zero report: {inputs} inputs, {messages} bot messages, {perInput:0.00} per input");
        Assert.True(perInput <= 1.2, $"{messages} messages for {inputs} inputs = {perInput:0.00}");
    }

    [Fact]
    public async Task TheReviewOfTableThreeFitsOnePhoneScreen()
    {
        await FillAsync();
        await chat.SendAsync("/review");

        var review = Assert.Single(await chat.PressAsync("修改三")).Text;

        var lines = review.Split('\n');
        output.WriteLine($"review of table 三: {lines.Length} lines, {review.Length} characters\n{review}");
        Assert.True(lines.Length <= 25 && review.Length <= 800, $"{lines.Length} lines, {review.Length} characters:\n{review}");
        Assert.Contains("一：自然人80 商业企业10 法律服务机构3 其他2（总计95）", review, StringComparison.Ordinal);
        Assert.Contains("（七）总计：自然人75 商业企业10 法律服务机构3 其他2（总计90）", review, StringComparison.Ordinal);
        Assert.Contains("其余16行均为0", review, StringComparison.Ordinal);
        Assert.Contains("R1 一＋二＝（七）总计＋四：自然人82=82", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditFromTheSectionReviewReturnsToThatSection()
    {
        await FillAsync();
        await chat.SendAsync("/review");
        await chat.PressAsync("修改三");

        await chat.PressAsync("（四）1");
        await chat.SendAsync("15 2 0 0 1 1");

        Assert.Contains("三、收到和处理政府信息公开申请情况", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("（四）1：自然人15", chat.LastText, StringComparison.Ordinal);
        // R1 no longer holds for 自然人: its every operand has a button.
        Assert.Contains("改（四）1", chat.Last.SelectMany(r => r.AllButtons).Select(b => b.Label));
    }

    [Fact]
    public async Task ThePipedConsoleChatSubmitsTheNonZeroReport()
    {
        await chat.AdmitAsync();
        await SeedAnswers.ImportAsync(chat, Agency, 2023, LastYear());
        var output = new StringWriter();
        var console = new ConsoleChat(chat.Service, chat.Store, TimeProvider.System);
        var lines = File.ReadAllLines(ChatFile).Append("#1");

        await console.RunAsync(new StringReader(string.Join('\n', lines)), output, "console-user", Path.GetTempPath(), echo: true, CancellationToken.None);

        Assert.Contains("报告已提交", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("📅 上年", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANearNameIsOfferedAndLastYearIsFoundByTheAgencyNotTheExactString()
    {
        await chat.AdmitAsync();
        await SeedAnswers.ImportAsync(chat, Agency, 2023, LastYear());

        await chat.SendAsync("/new");
        await chat.SendAsync("洪泽区人民政府");
        Assert.Contains("用“淮安市洪泽区人民政府”", chat.Last.SelectMany(r => r.AllButtons).Select(b => b.Label));

        // Even kept as typed, the report finds last year's by the agency.
        await chat.PressAsync("仍用“洪泽区人民政府”");
        await chat.SendAsync("2024");
        await chat.SendAsync("/review");
        await chat.PressAsync("修改三");
        await chat.PressAsync("二");
        Assert.Contains("上年“四、结转下年度继续办理”：2 1 0 0 0 0", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANearNamePickedAmongManyKnownAgenciesNamesTheNewReport()
    {
        await chat.AdmitAsync();
        // Other 机关 sort before and after it: the button names its place among the near names the store found.
        foreach (var other in new[] { "安徽省合肥市人民政府", "淮安市清江浦区人民政府", "淮安市洪泽区交通运输局", "盱眙县人民政府" })
            await SeedAnswers.ImportAsync(chat, other, 2023, LastYear());
        await SeedAnswers.ImportAsync(chat, Agency, 2023, LastYear());

        await chat.SendAsync("/new");
        await chat.SendAsync("洪泽区人民政府");
        await chat.PressAsync("用“淮安市洪泽区人民政府”");
        await chat.SendAsync("2024");

        await using var session = await chat.Store.ReadAsync(CancellationToken.None);
        Assert.NotNull(await session.FindReportAsync(Agency, 2024, CancellationToken.None));
        Assert.Null(await session.FindReportAsync("洪泽区人民政府", 2024, CancellationToken.None));
    }

    [Fact]
    public async Task ANearNamePickedAfterASecondNameWasTypedIsNearTheSecond()
    {
        await chat.AdmitAsync();
        await SeedAnswers.ImportAsync(chat, "淮安市清江浦区人民政府", 2023, LastYear());
        await SeedAnswers.ImportAsync(chat, Agency, 2023, LastYear());

        await chat.SendAsync("/new");
        await chat.SendAsync("洪泽区人民政府");
        // Another name typed instead of a button pressed: the buttons now are the second name's.
        await chat.SendAsync("清江浦区人民政府");
        await chat.PressAsync("用“淮安市清江浦区人民政府”");
        await chat.SendAsync("2024");

        await using var session = await chat.Store.ReadAsync(CancellationToken.None);
        Assert.NotNull(await session.FindReportAsync("淮安市清江浦区人民政府", 2024, CancellationToken.None));
    }

    [Fact]
    public async Task ACoordinatorsStartListsTheReportsToContinue()
    {
        await chat.AdmitAsync();
        await SeedAnswers.ImportAsync(chat, Agency, 2023, LastYear());

        await chat.SendAsync("/start");

        Assert.Contains("淮安市洪泽区人民政府2023年", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("打开 #1", chat.Last.SelectMany(r => r.AllButtons).Select(b => b.Label));
    }
}
