namespace ReportBot.Tests.Reviews;

/// <summary>Parts given to people: each walks their own, sees the rest read-only, and never overwrites another.</summary>
public sealed class CoFillingTests : IDisposable
{
    private readonly CoFillingOffice office = new();

    public void Dispose() => office.Dispose();

    [Fact]
    public async Task TheAssignMenuListsWhoFillsWhatAndTellsTheAssignee()
    {
        await office.SetUpAsync();

        var menu = office.Chat.LastText;
        Assert.Contains("  s1：用户2002", menu.Replace("一、总体情况", "s1", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("四、表四：用户3003", menu, StringComparison.Ordinal);
        var notice = Assert.Single(office.Chat.Last, r => r.ToUserId == CoFillingOffice.Figures);
        Assert.Equal("📌 协调员把《测试局2023年政府信息公开工作年度报告》的「四、表四」分配给您。发送 /start 开始填写。", notice.Text);
    }

    [Fact]
    public async Task EachPersonResumesOnTheirOwnPartAndWalksOnlyIt()
    {
        await office.SetUpAsync();

        Assert.Contains("二、主动公开 · 1/", await office.As(CoFillingOffice.Figures, "/start"), StringComparison.Ordinal);
        Assert.Contains("一、总体情况 · 1/6", await office.As(CoFillingOffice.Writer, "/start"), StringComparison.Ordinal);
        foreach (var paragraph in CoFillingOffice.SectionOne) await office.As(CoFillingOffice.Writer, paragraph);

        // After 一 the writer goes straight to 五: 二–四 are someone else's.
        Assert.Contains("五、问题及改进 · 1/1", office.Chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("二、主动公开 · 1/", office.Chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPersonsItemIsShownReadOnlyAndNotChanged()
    {
        await office.SetUpAsync();
        await office.FiguresFillTheTablesAsync();
        await office.As(CoFillingOffice.Writer, "/start");

        await office.As(CoFillingOffice.Writer, "/review");
        await office.Press(CoFillingOffice.Writer, "修改二");
        var shown = await office.Press(CoFillingOffice.Writer, "行政许可");

        Assert.Contains("🔒 二、主动公开", shown, StringComparison.Ordinal);
        Assert.Contains("由用户3003负责，您只能查看，不能修改。", shown, StringComparison.Ordinal);
        Assert.Contains("当前内容：18", shown, StringComparison.Ordinal);
        Assert.Contains(office.Chat.Last.SelectMany(r => r.AllButtons), b => b.Label == "修改记录");
        var before = await office.Chat.AnswersAsync();
        await office.As(CoFillingOffice.Writer, "/history 二 3");
        Assert.Contains("不在您负责的部分", office.Chat.LastText, StringComparison.Ordinal);
        Assert.Equal(before, await office.Chat.AnswersAsync());
    }

    [Fact]
    public async Task ReassigningAPartReplacesItsOwner()
    {
        await office.SetUpAsync();
        await office.As(CoFillingOffice.Coordinator, "/assign");
        await office.AssignAsync("五、问题及改进", CoFillingOffice.Figures);

        Assert.Contains("五、问题及改进：用户3003", office.Chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("五、问题及改进：用户2002", office.Chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditFromAScreenOlderThanSomeoneElsesChangeIsRefusedWithTheCurrentValueAndWho()
    {
        await office.SetUpAsync();
        await office.WriterFillsSectionOneAsync();
        await office.FiguresFillTheTablesAsync();
        // Both come to 六 (nobody was given it): the figures person was shown it first, then the writer after 五.
        Assert.Contains("六、其他事项 · 1/1", office.Chat.LastText, StringComparison.Ordinal);
        Assert.Contains("六、其他事项 · 1/1", await office.As(CoFillingOffice.Writer, "无新的问题。"), StringComparison.Ordinal);
        await office.As(CoFillingOffice.Writer, "无");

        // A text is saved as it is sent, so the figures person's text is the stale change.
        var refused = await office.As(CoFillingOffice.Figures, "本单位无其他需要报告的事项。");

        Assert.Contains("⚠️ 没有保存：您看到的是旧内容。六、其他事项 · 1/1", refused, StringComparison.Ordinal);
        Assert.Contains("已被用户2002于12-02 09:", refused, StringComparison.Ordinal);
        Assert.Contains("改为：无", refused, StringComparison.Ordinal);
        var answers = await office.Chat.AnswersAsync();
        Assert.Equal("无", answers["s6.other"]);

        // Having been shown the current value, a new change is the person's own decision and is kept.
        await office.As(CoFillingOffice.Figures, "本单位无其他需要报告的事项。");
        Assert.Equal("本单位无其他需要报告的事项。", (await office.Chat.AnswersAsync())["s6.other"]);
    }

    [Fact]
    public async Task ATypedFigureAfterSomeoneElseChangedItIsRefusedAndTheirValueStays()
    {
        await office.SetUpAsync();
        await office.FiguresFillTheTablesAsync();
        await office.As(CoFillingOffice.Figures, "/review");
        await office.Press(CoFillingOffice.Figures, "修改二");
        await office.Press(CoFillingOffice.Figures, "行政许可");
        // Meanwhile the coordinator corrects the same figure.
        await office.As(CoFillingOffice.Coordinator, "/review");
        await office.Press(CoFillingOffice.Coordinator, "修改二");
        await office.Press(CoFillingOffice.Coordinator, "行政许可");
        await office.As(CoFillingOffice.Coordinator, "20");

        var refused = await office.As(CoFillingOffice.Figures, "19");

        Assert.StartsWith("⚠️ 没有保存：您看到的是旧内容。二、主动公开 · 3/6 行政许可 已被测试用户于12-02 09:", refused, StringComparison.Ordinal);
        Assert.Contains("改为：20", refused, StringComparison.Ordinal);
        Assert.Contains("已保存：20", refused, StringComparison.Ordinal);
        Assert.Equal("20", (await office.Chat.AnswersAsync())["t2.5.permit.decisions"]);
    }

    [Fact]
    public async Task StatusOfOneReportShowsProgressBySectionAndByPerson()
    {
        await office.SetUpAsync();
        await office.WriterFillsSectionOneAsync();
        await office.FiguresFillTheTablesAsync();

        var status = await office.As(CoFillingOffice.Coordinator, "/status 1");

        Assert.StartsWith("📊 #1 测试局2023年政府信息公开工作年度报告 · 填写中\n按部分：", status, StringComparison.Ordinal);
        Assert.Contains("  一、总体情况 6/6 ✔ · 用户2002", status, StringComparison.Ordinal);
        Assert.Contains("  三、表三 24/24 ✔ · 用户3003", status, StringComparison.Ordinal);
        Assert.Contains("  五、问题及改进 0/1 · 用户2002", status, StringComparison.Ordinal);
        Assert.Contains("  六、其他事项 0/1 · 未分工", status, StringComparison.Ordinal);
        Assert.Contains("  用户2002：负责一、五 已完成6/7 · 填写6格，最后 12-02 ", status, StringComparison.Ordinal);
        Assert.Contains("  用户3003：负责二、三、四 已完成", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDraftOfADividedReportSaysWhoFilledWhat()
    {
        await office.SetUpAsync();
        await office.WriterFillsSectionOneAsync();
        await office.FiguresFillTheTablesAsync();

        await office.As(CoFillingOffice.Coordinator, "/snapshot");

        var draft = Assert.Single(office.Chat.Last, r => r.Document is not null).Document!;
        var text = ReportBot.Tests.Documents.DocxContent.Read(draft.Content).BodyText;
        Assert.Contains("填报分工（谁填了什么）", text, StringComparison.Ordinal);
        Assert.Contains("一、总体情况：用户2002（6格）", text, StringComparison.Ordinal);
        Assert.Contains("五、问题及改进：尚无人填写", text, StringComparison.Ordinal);
    }
}
