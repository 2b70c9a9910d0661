using ReportBot.Tests.Documents;

namespace ReportBot.Tests.Conversations;

/// <summary>Last year's report, from the store or sent as a file, drives R8 and R9 while this year is filled.</summary>
public sealed class LastYearTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task LastYearInTheStoreIsShownBesideTheQuestionAndDrivesR8AndR9()
    {
        await chat.AdmitAsync();
        await SeedAnswers.ImportAsync(chat, "测试局", 2022, SeedAnswers.Complete(
            ("t3.new.natural", "2"), ("t3.carryover.natural", "2"), ("t2.1.rules.issued", "5"), ("t2.1.rules.inForce", "5")));
        await InterviewSteps.StartAsync(chat, "测试局", "2023");
        await InterviewSteps.FillSection1Async(chat);

        Assert.Contains("📅 上年现行有效件数：5", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("1 0 5");
        Assert.Contains("R9 规章：现行有效件数(5) ≠ 上年现行有效件数(5)+本年制发(1)−本年废止(0)=6，相差1", chat.LastText, StringComparison.Ordinal);
        await chat.PressAsync("说明R9规章");
        await chat.SendAsync("本年修订1件规章，原规章同时废止。");
        Assert.Contains("已记录说明", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("行政规范性文件", chat.LastText, StringComparison.Ordinal);

        await chat.SendAsync("0 0 0");
        await InterviewSteps.FromPermitToTable3Async(chat);
        await chat.SendAsync("0");
        Assert.Contains("📅 上年“四、结转下年度继续办理”：2 0 0 0 0 0", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("0");
        Assert.Contains("R8 自然人列：本年“二、上年结转”(0) ≠ 上年“四、结转下年度继续办理”(2)，相差2", chat.LastText, StringComparison.Ordinal);

        await chat.PressAsync("本表其余全为0");
        await chat.PressAsync("本表其余全为0");
        await chat.SendAsync("针对上年度问题已整改。");
        await chat.SendAsync("本年度未收取信息处理费。");
        await chat.PressAsync("提交报告");
        Assert.Contains("还不能提交", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("R8 自然人列", chat.LastText, StringComparison.Ordinal);

        await chat.PressAsync("说明R8自然人");
        await chat.SendAsync("上年结转的2件申请已于上年底办结，上年报告填报有误。");
        await chat.PressAsync("提交报告");

        var finished = Assert.Single(chat.Last, r => r.Document is not null).Document!;
        var body = DocxContent.Read(finished.Content).Body.ToList();
        Assert.Contains("说明：本年修订1件规章，原规章同时废止。", body);
        Assert.Contains("说明：上年结转的2件申请已于上年底办结，上年报告填报有误。", body);
        Assert.True(body.IndexOf("说明：上年结转的2件申请已于上年底办结，上年报告填报有误。") > body.IndexOf("三、收到和处理政府信息公开申请情况"));
    }

    [Fact]
    public async Task AReasonExplainsOnlyTheNumbersItWasGivenFor()
    {
        await chat.AdmitAsync();
        await SeedAnswers.ImportAsync(chat, "测试局", 2022, SeedAnswers.Complete(("t2.1.rules.issued", "5"), ("t2.1.rules.inForce", "5")));
        await InterviewSteps.StartAsync(chat, "测试局", "2023");
        await InterviewSteps.FillSection1Async(chat);
        await chat.SendAsync("1 0 5");
        await chat.PressAsync("说明R9规章");
        await chat.SendAsync("修订1件。");

        await chat.PressAsync("上一步");
        await chat.SendAsync("3 0 5");

        Assert.Contains("R9 规章：现行有效件数(5) ≠ 上年现行有效件数(5)+本年制发(3)−本年废止(0)=8，相差3", chat.LastText, StringComparison.Ordinal);
        Assert.Contains(chat.Last.SelectMany(r => r.AllButtons), b => b.Label == "说明R9规章");
    }

    [Fact]
    public async Task LastYearSentAsAFileIsCheckedAndDrivesR8AndR9()
    {
        await InterviewSteps.StartAsync(chat, "测试局", "2023");
        var lastYear = SeedReport.Text
            .Replace("焦作市人防办 2023 年", "测试局 2022 年", StringComparison.Ordinal)
            .Replace("规章\t0\t0\t0", "规章\t5\t0\t5", StringComparison.Ordinal)
            .Replace("一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2", StringComparison.Ordinal)
            .Replace("四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t\t2\t0\t0\t0\t0\t0\t2", StringComparison.Ordinal);

        await chat.SendFileAsync("2022年报告.txt", System.Text.Encoding.UTF8.GetBytes(lastYear));

        Assert.Contains("🔎 检查“2022年报告.txt”（测试局 2022年）", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("已将这份报告作为2022年（上年）数据", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("/start");
        await InterviewSteps.FillSection1Async(chat);
        Assert.Contains("📅 上年现行有效件数：5", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("1 0 5");
        Assert.Contains("R9 规章", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("0 0 0");
        await InterviewSteps.FromPermitToTable3Async(chat);
        await chat.SendAsync("0");
        await chat.SendAsync("0");
        Assert.Contains("R8 自然人列：本年“二、上年结转”(0) ≠ 上年“四、结转下年度继续办理”(2)，相差2", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastYearsFewFiguresCanBeTypedAndThenDriveR8()
    {
        await InterviewSteps.StartAsync(chat, "测试局", "2023");
        await InterviewSteps.FillSection1Async(chat);
        Assert.Contains("上年数据未知", chat.LastText, StringComparison.Ordinal);

        await chat.SendAsync("/lastyear");
        Assert.Contains("上年数据 1/3", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("2 0 0 0 0 0");
        Assert.Contains("上年数据 2/3", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("一 二");
        Assert.Contains("上年数据 2/3", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("5 12");
        await chat.PressAsync("跳过");
        Assert.Contains("已记录上年数据", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("📅 上年现行有效件数：5", chat.LastText, StringComparison.Ordinal);

        await chat.SendAsync("0 0 5");
        await chat.SendAsync("0 0 12");
        await InterviewSteps.FromPermitToTable3Async(chat);
        await chat.SendAsync("0");
        Assert.Contains("📅 上年“四、结转下年度继续办理”：2 0 0 0 0 0", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("0");

        Assert.Contains("R8 自然人列：本年“二、上年结转”(0) ≠ 上年“四、结转下年度继续办理”(2)，相差2", chat.LastText, StringComparison.Ordinal);
        var answers = await chat.AnswersAsync();
        Assert.Equal("5", answers["prev.t2.1.rules.inForce"]);
        Assert.False(answers.ContainsKey("prev.t4.review.pending"));
    }

    [Fact]
    public async Task ASixthSectionWithoutAWordOnFeesGetsASuggestionThatCanBeAccepted()
    {
        await chat.AdmitAsync();
        var answers = SeedAnswers.Complete();
        answers.Remove("s6.other");
        await SeedAnswers.ImportAsync(chat, "测试局", 2023, answers, status: "open");
        await chat.SendAsync("/open 1");
        Assert.Contains("六、其他事项 · 1/1", chat.LastText, StringComparison.Ordinal);

        await chat.SendAsync("无");
        Assert.Contains("R13 六、其他需要报告的事项未说明信息处理费收取情况", chat.LastText, StringComparison.Ordinal);
        await chat.PressAsync("采用建议（六）");

        Assert.Equal("本年度未收取信息处理费，未发出收费通知。", (await chat.AnswersAsync())["s6.other"]);
        Assert.DoesNotContain("R13 六", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASuggestionThatWouldMakeTheTextTooLongIsRefusedAndNothingChanges()
    {
        await chat.AdmitAsync();
        var answers = SeedAnswers.Complete();
        answers.Remove("s6.other");
        await SeedAnswers.ImportAsync(chat, "测试局", 2023, answers, status: "open");
        await chat.SendAsync("/open 1");
        await chat.SendAsync(new string('文', 4000));
        await chat.SendAsync(new string('字', 3995));
        var before = await chat.SavedStateAsync();

        await chat.PressAsync("采用建议（六）");

        Assert.Contains("内容过长", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(before, await chat.SavedStateAsync());
    }
}
