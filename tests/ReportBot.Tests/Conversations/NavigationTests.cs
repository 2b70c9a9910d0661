namespace ReportBot.Tests.Conversations;

public sealed class NavigationTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task EveryPromptSaysWhereYouAre()
    {
        await InterviewSteps.ToTable3Async(chat);
        await chat.SendAsync("0");
        await chat.SendAsync("0");
        await chat.SendAsync("0");
        await chat.SendAsync("0");

        Assert.Contains("三、表三 · 5/24", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("（三）不予公开 › 1.属于国家秘密", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOptionalItemCanBeSkippedAndARequiredOneCannot()
    {
        await InterviewSteps.StartAsync(chat);
        Assert.Contains("一、总体情况 · 1/6", chat.LastText, StringComparison.Ordinal);

        await chat.PressAsync("跳过");
        Assert.Contains("一、总体情况 · 2/6", chat.LastText, StringComparison.Ordinal);
        var before = await chat.SavedStateAsync();

        await chat.SendAsync("/skip");

        Assert.Contains("必填", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(before, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task BackShowsThePreviousQuestionWithItsSavedValueAndKeepMovesOn()
    {
        await InterviewSteps.ToPermitAsync(chat);
        await chat.SendAsync("18");

        await chat.PressAsync("上一步");
        Assert.Contains("行政许可", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("已保存：18", chat.LastText, StringComparison.Ordinal);

        await chat.PressAsync("保持原值");
        Assert.Contains("行政处罚", chat.LastText, StringComparison.Ordinal);
        Assert.Equal("18", (await chat.AnswersAsync())["t2.5.permit.decisions"]);
    }

    [Fact]
    public async Task ReviewShowsEachSectionsCompletionAndValues()
    {
        await InterviewSteps.ToPermitAsync(chat);
        await chat.SendAsync("18");

        await chat.SendAsync("/review");

        Assert.Contains("一、总体情况 6/6 ✔", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("二、主动公开政府信息情况 3/6", chat.LastText, StringComparison.Ordinal);
        // One section at a time: its values, and what is still missing.
        await chat.PressAsync("修改二");
        Assert.Contains("行政许可：18", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("待填写：行政处罚", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJumpFromTheReviewReturnsToWhereYouWere()
    {
        await InterviewSteps.ToTable3Async(chat);
        await chat.SendAsync("0");
        await chat.SendAsync("0");
        Assert.Contains("三、表三 · 3/24", chat.LastText, StringComparison.Ordinal);

        await chat.SendAsync("/review");
        await chat.PressAsync("修改二");
        await chat.PressAsync("行政许可");
        Assert.Contains("已保存：18", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("20");

        // Back to the section of the review the edit was made from, then on from where the person was.
        Assert.Contains("二、主动公开政府信息情况 6/6", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("行政许可：20", chat.LastText, StringComparison.Ordinal);
        await chat.PressAsync("继续填写");
        Assert.Contains("三、表三 · 3/24", chat.LastText, StringComparison.Ordinal);
        Assert.Equal("20", (await chat.AnswersAsync())["t2.5.permit.decisions"]);
    }

    [Fact]
    public async Task AFailedR1IsExplainedWithTheRealNumbersAndAButtonPerFigure()
    {
        await InterviewSteps.ToTable3Async(chat);
        await chat.SendAsync("3 0 0 0 0 0");
        await chat.SendAsync("0");
        await chat.SendAsync("2 0 0 0 0 0");

        await chat.PressAsync("本表其余全为0");

        Assert.Contains("R1 自然人列：一(3)+二(0)=3 ≠ （七）总计(2)+四(0)=2，相差1", chat.LastText, StringComparison.Ordinal);
        var labels = chat.Last.SelectMany(r => r.AllButtons).Select(b => b.Label).ToList();
        Assert.Contains("改一", labels);
        Assert.Contains("改四", labels);
        Assert.Contains("改（一）", labels);

        await chat.PressAsync("改（一）");
        await chat.SendAsync("3 0 0 0 0 0");

        Assert.DoesNotContain("R1", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("四、表四 · 1/3", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmissionIsRefusedWithWhatIsMissingAndNothingChanges()
    {
        await InterviewSteps.ToPermitAsync(chat);
        var before = await chat.SavedStateAsync();

        await chat.SendAsync("/submit");

        Assert.Contains("还不能提交", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("未填写：二、主动公开：4项", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("未填写：三、表三：24项", chat.LastText, StringComparison.Ordinal);
        Assert.Contains(chat.Last.SelectMany(r => r.AllButtons), b => b.Label == "去填：行政许可");
        Assert.Equal(before, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task AFigureInTheProseThatContradictsTableThreeIsRaisedWhenTheTableIsDone()
    {
        await InterviewSteps.StartAsync(chat);
        await chat.SendAsync("全年共受理政府信息公开申请15件。");
        for (var i = 0; i < 5; i++)
        {
            await chat.SendAsync($"第{i + 1}段内容。");
        }
        await chat.PressAsync("本组其余全为0");
        await InterviewSteps.FromPermitToTable3Async(chat);

        await chat.PressAsync("本表其余全为0");

        Assert.Contains("R11 “全年共受理政府信息公开申请15件”：新收政府信息公开申请15件，表格为0件", chat.LastText, StringComparison.Ordinal);
        Assert.Contains(chat.Last.SelectMany(r => r.AllButtons), b => b.Label == "说明R11一");
    }

    [Fact]
    public async Task SubmissionIsRefusedWhileARuleFails()
    {
        await InterviewSteps.ToTable3Async(chat);
        await chat.SendAsync("3 0 0 0 0 0");
        await chat.PressAsync("本表其余全为0");
        await chat.PressAsync("本表其余全为0");
        await chat.SendAsync("问题与改进。");
        await chat.SendAsync("本年度未收取信息处理费。");

        await chat.PressAsync("提交报告");

        Assert.Contains("还不能提交", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("R1 自然人列", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANarrativeCanSpanSeveralMessagesAndBeRewritten()
    {
        await InterviewSteps.StartAsync(chat);
        await chat.SendAsync("第一段。");
        Assert.Contains("✅ 已保存：总体情况概述（共4字）", chat.LastText, StringComparison.Ordinal);

        await chat.PressAsync("重写");
        await chat.SendAsync("重写后的概述。");

        Assert.Equal("重写后的概述。", (await chat.AnswersAsync())["s1.intro"]);
    }

    [Fact]
    public async Task OpeningACompleteReportLeadsToItsReviewFromWhichEverythingWorks()
    {
        await chat.AdmitAsync();
        await SeedAnswers.ImportAsync(chat, "测试局", 2023, SeedAnswers.Complete(), status: "open");

        await chat.SendAsync("/open 1");
        Assert.Contains("📋 测试局2023年政府信息公开工作年度报告", chat.LastText, StringComparison.Ordinal);
        await chat.PressAsync("继续填写");
        Assert.Contains("所有问题都已填写", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("/back");
        Assert.DoesNotContain("现在不能", chat.LastText, StringComparison.Ordinal);
        await chat.PressAsync("提交报告");

        Assert.Contains("报告已提交", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackAfterATextWasSavedShowsItWithItsSavedValue()
    {
        await InterviewSteps.StartAsync(chat);
        await chat.SendAsync("一段文字。");

        await chat.SendAsync("/back");

        Assert.Contains("一、总体情况 · 1/6", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("已保存：一段文字。（共5字）", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APasteTelegramSplitIsJoinedAndAShortTextSentRightAfterIsTheNextAnswer()
    {
        await InterviewSteps.StartAsync(chat);
        var cut = string.Concat(Enumerable.Repeat("认真落实《中华人民共和国政府信息公开条例》规定，", 160)) + "认真落实《中华人民共和国政府信息公开条";
        await chat.SendAsync(cut);
        await chat.SendAsync("例》规定。");
        await chat.SendAsync("第二段。");

        var answers = await chat.AnswersAsync();
        Assert.Equal(cut + "例》规定。", answers["s1.intro"]);
        Assert.Equal("第二段。", answers["s1.active"]);
    }

    [Fact]
    public async Task FiguresSentAtATextQuestionAreNotSavedAsItsText()
    {
        await InterviewSteps.StartAsync(chat);
        await chat.SendAsync("概述。");

        await chat.SendAsync("2 1 5");

        Assert.Contains("这条数字没有保存", chat.LastText, StringComparison.Ordinal);
        Assert.False((await chat.AnswersAsync()).ContainsKey("s1.active"));
    }

    [Fact]
    public async Task ARowWhoseLastNumberIsTheSumOfTheOthersAsksWhetherTheTotalWasTypedAsOther()
    {
        await InterviewSteps.ToTable3Async(chat);

        await chat.SendAsync("8 2 0 1 1 12");

        Assert.Contains("✅ 已保存：一、本年新收政府信息公开申请数量：自然人8 商业企业2 科研机构0 社会公益组织1 法律服务机构1 其他12（总计24）", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("最后一个数（12）正好等于前面各数之和", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryChangeIsKeptInTheHistoryWithItsOldValue()
    {
        await InterviewSteps.ToPermitAsync(chat);
        await chat.SendAsync("18");
        await chat.PressAsync("上一步");
        await chat.SendAsync("19");

        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        var history = await s.HistoryAsync((await chat.ConversationAsync()).ReportId!.Value, CancellationToken.None);
        var permit = history.Where(h => h.Key == "t2.5.permit.decisions").ToList();
        Assert.Equal([(null, "18"), ("18", "19")], permit.Select(h => (h.OldValue, h.NewValue)));
    }
}
