using ReportBot.Conversations;
using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;

namespace ReportBot.Tests.Desk;

/// <summary>/status over many reports: a summary, the reports needing attention a page at a time, and filters.</summary>
public sealed class StatusPagesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 2, 10, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly ChatDriver chat = new(clock: new ManualClock(Now));

    public void Dispose() => chat.Dispose();

    /// <summary>
    /// 25 reports of 2023 (due 31 January 2024: overdue on 10 February) and 5 of 2024 (due 2025): every fifth
    /// submitted, every third with an answer, one 人民政府 report (due 31 March, not overdue).
    /// </summary>
    private async Task SeedAsync()
    {
        await chat.AdmitAsync();
        await using var s = await chat.Store.BeginAsync(CancellationToken.None);
        for (var i = 1; i <= 30; i++)
        {
            var agency = i == 7 ? "某某县人民政府" : $"第{i}局";
            var report = await s.CreateReportAsync(ChatDriver.Context.Format.Id, agency, i <= 25 ? 2023 : 2024, chat.UserId, Now, CancellationToken.None);
            if (i % 3 == 0) await s.SaveAnswersAsync(report.Id, [new AnswerChange("s1.intro", null, "开始了")], chat.UserId, Now, CancellationToken.None);
            if (i % 5 == 0) await s.SetStatusAsync(report.Id, ReportStatus.Submitted, Now, CancellationToken.None);
        }
        await s.CommitAsync(CancellationToken.None);
    }

    private static int Listed(string text) => text.Split('\n').Count(l => l.StartsWith('#'));

    [Fact]
    public async Task TheSummaryCountsByStatusAndAttentionThenPagesThroughTheReportsNeedingIt()
    {
        await SeedAsync();

        var first = Assert.Single(await chat.SendAsync("/status")).Text;

        Assert.StartsWith("📊 填报情况（共30份报告）\n已提交 6 份 · 填写中 24 份\n需要关注：未开始 16 · 停滞7天以上 24 · 逾期 19", first, StringComparison.Ordinal);
        Assert.Contains("需要关注的24份报告，最久没有进展的在前（第1/3页）：", first, StringComparison.Ordinal);
        Assert.Equal(CoordinatorStatus.PageSize, Listed(first));
        Assert.Contains("截止：2024年1月31日（已逾期10天） · 未开始", first, StringComparison.Ordinal);
        Assert.True(first.Length <= 4096, $"{first.Length} characters");

        await chat.PressAsync(StatusTexts.Next);
        var second = Assert.Single(chat.Last).Text;
        Assert.Contains("（第2/3页）", second, StringComparison.Ordinal);
        Assert.Equal(CoordinatorStatus.PageSize, Listed(second));
        Assert.Empty(first.Split('\n').Where(l => l.StartsWith('#')).Intersect(second.Split('\n').Where(l => l.StartsWith('#'))));

        await chat.PressAsync(StatusTexts.Next);
        var third = Assert.Single(chat.Last);
        Assert.Equal(4, Listed(third.Text));
        Assert.DoesNotContain(third.AllButtons, b => b.Label == StatusTexts.Next);
        Assert.Contains(third.AllButtons, b => b.Label == StatusTexts.Previous);
    }

    [Fact]
    public async Task FiltersNarrowTheListByReasonStatusAndYear()
    {
        await SeedAsync();

        var overdue = Assert.Single(await chat.SendAsync("/status 逾期")).Text;
        Assert.Contains("筛选“逾期”：19份", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("人民政府", overdue, StringComparison.Ordinal);

        var submitted = Assert.Single(await chat.SendAsync("/status 已提交 2024")).Text;
        Assert.StartsWith("📊 填报情况（2024年度，共5份报告）", submitted, StringComparison.Ordinal);
        Assert.Contains("筛选“已提交 2024”：1份", submitted, StringComparison.Ordinal);
        Assert.Contains("#30 第30局", submitted, StringComparison.Ordinal);

        var notStarted = Assert.Single(await chat.SendAsync("/status 未开始 2024")).Text;
        Assert.Equal(["#26", "#28", "#29"], notStarted.Split('\n').Where(l => l.StartsWith('#')).Select(l => l.Split(' ')[0]));

        Assert.Contains("不认识的筛选条件“明天”", Assert.Single(await chat.SendAsync("/status 明天")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageButtonKeepsItsFilter()
    {
        await SeedAsync();
        await chat.SendAsync("/status 停滞");

        await chat.PressAsync(StatusTexts.Next);

        Assert.Contains("筛选“停滞”：24份（第2/3页）", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFilterAtOnceStillFitsItsPageButtons()
    {
        await SeedAsync();
        await chat.SendAsync("/status 未开始 停滞 逾期 已提交 填写中 2023");

        await chat.PressAsync(StatusTexts.Next);

        Assert.Contains("筛选“未开始 停滞 逾期 已提交 填写中 2023”：", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("（第2/", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDeadlineIsShownAndACoordinatorCanMoveIt()
    {
        await SeedAsync();

        await chat.SendAsync("/deadline 1 2024年3月1日");
        Assert.Contains("第1局2023年政府信息公开工作年度报告》的截止日期已设为2024年3月1日（还有20天）", chat.LastText, StringComparison.Ordinal);
        var overdue = Assert.Single(await chat.SendAsync("/status 逾期")).Text;
        Assert.Contains("筛选“逾期”：18份", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("#1 第1局", overdue, StringComparison.Ordinal);

        await chat.SendAsync("/deadline 1 明天");
        Assert.Contains("用法：/deadline", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffCannotSetDeadlines()
    {
        await SeedAsync();
        await chat.AdmitAsync(2002, ReportBot.Storage.Roles.Staff);
        chat.UserId = 2002;

        await chat.SendAsync("/deadline 1 2024-03-01");

        Assert.Contains("只有协调员", chat.LastText, StringComparison.Ordinal);
    }
}
