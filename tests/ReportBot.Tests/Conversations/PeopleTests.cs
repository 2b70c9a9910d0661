using System.Text.RegularExpressions;
using ReportBot.Storage;

namespace ReportBot.Tests.Conversations;

/// <summary>Coordinators create and invite; staff join by a single-use, expiring link and see only their reports.</summary>
public sealed partial class PeopleTests : IDisposable
{
    private const long Coordinator = 1001;
    private const long Staff = 2002;
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly ChatDriver chat;

    public PeopleTests() => chat = new ChatDriver(userId: Coordinator, clock: clock);

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task AnInvitedPersonJoinsAsStaffAndStartsOnTheFirstQuestion()
    {
        var code = await InviteAsync("测试局");

        chat.UserId = Staff;
        await chat.SendAsync($"/start {code}");

        Assert.Contains("欢迎，用户2002！您已加入《测试局2023年政府信息公开工作年度报告》的填报。", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("一、总体情况 · 1/6", chat.LastText, StringComparison.Ordinal);
        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        Assert.Equal(Roles.Staff, (await s.FindPersonAsync(Staff, CancellationToken.None))!.Role);
    }

    [Fact]
    public async Task AnInviteWorksOnceAndASecondStrangerIsRefusedWithNothingStored()
    {
        var code = await InviteAsync("测试局");
        chat.UserId = Staff;
        await chat.SendAsync($"/start {code}");

        chat.UserId = 3003;
        await chat.SendAsync($"/start {code}");

        Assert.Contains("协调员", chat.LastText, StringComparison.Ordinal);
        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        Assert.Null(await s.FindPersonAsync(3003, CancellationToken.None));
        Assert.False(await s.WasHandledAsync("test:3003", chat.LastUpdateId, CancellationToken.None));
    }

    [Fact]
    public async Task AnExpiredInviteIsRefused()
    {
        var code = await InviteAsync("测试局");
        clock.Advance(TimeSpan.FromHours(73));

        chat.UserId = Staff;
        await chat.SendAsync($"/start {code}");

        Assert.Contains("协调员", chat.LastText, StringComparison.Ordinal);
        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        Assert.Null(await s.FindPersonAsync(Staff, CancellationToken.None));
    }

    [Fact]
    public async Task ACoordinatorsListOfManyReportsShowsTheMostRecentlyWorkedOnAndTheWayToTheRest()
    {
        await chat.AdmitAsync();
        await using (var s = await chat.Store.BeginAsync(CancellationToken.None))
        {
            for (var i = 1; i <= 30; i++)
            {
                await s.CreateReportAsync(ChatDriver.Context.Format.Id, $"第{i}局", 2023, Coordinator, clock.GetUtcNow(), CancellationToken.None);
                clock.Advance(TimeSpan.FromMinutes(1));
            }
            await s.CommitAsync(CancellationToken.None);
        }
        // The oldest but one is worked on now: it is among the most recent.
        await chat.SendAsync("/open 2");
        await chat.SendAsync("本年度政务公开工作稳步推进。");

        await chat.SendAsync("/reports");

        Assert.Contains("共30份，以下是最近处理的24份", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("#2 第2局", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("#30 第30局", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("#1 第1局", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("#7 第7局", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("#8 第8局", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("/open 编号", chat.LastText, StringComparison.Ordinal);
        Assert.Equal(24, chat.Last.SelectMany(r => r.AllButtons).Count());
        // In id order, as a short list is.
        Assert.True(chat.LastText.IndexOf("#2 第2局", StringComparison.Ordinal) < chat.LastText.IndexOf("#8 第8局", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaffCannotCreateReportsAndSeeOnlyTheReportsTheyWereInvitedTo()
    {
        var code = await InviteAsync("测试局");
        await chat.SendAsync("/new");
        await chat.SendAsync("另一局");
        await chat.SendAsync("2023");
        chat.UserId = Staff;
        await chat.SendAsync($"/start {code}");
        var before = await chat.SavedStateAsync();

        await chat.SendAsync("/new");
        Assert.Contains("只有协调员", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("/reports");
        Assert.Contains("#1 测试局", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("另一局", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("/open 2");
        Assert.Contains("没有被邀请", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("/status");
        Assert.Contains("只有协调员", chat.LastText, StringComparison.Ordinal);

        Assert.Equal(before, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task CommandsAddressedToTheBotByNameObeyTheSameRoles()
    {
        var code = await InviteAsync("测试局");
        await chat.SendAsync("/new");
        await chat.SendAsync("机密单位");
        await chat.SendAsync("2023");
        chat.UserId = Staff;
        await chat.SendAsync($"/start {code}");
        var before = await chat.SavedStateAsync();

        await chat.SendAsync("/new@reportbot_test_bot");
        Assert.Contains("只有协调员", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("机密单位");
        await chat.SendAsync("/status@reportbot_test_bot");
        Assert.Contains("只有协调员", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("/open@reportbot_test_bot 2");
        Assert.Contains("没有被邀请", chat.LastText, StringComparison.Ordinal);

        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        Assert.False(await s.IsMemberAsync(2, Staff, CancellationToken.None));
        Assert.Equal(1, (await chat.ConversationAsync()).ReportId);
    }

    [Fact]
    public async Task TheCoordinatorSeesWhoIsWhereWhatIsMissingAndWhichChecksFail()
    {
        var code = await InviteAsync("测试局");
        chat.UserId = Staff;
        await chat.SendAsync($"/start {code}");
        await InterviewSteps.FillSection1Async(chat);
        await chat.PressAsync("本组其余全为0");
        await chat.SendAsync("18");
        await chat.PressAsync("本组其余全为0");
        await chat.SendAsync("888.0113");
        await chat.SendAsync("3 0 0 0 0 0");
        await chat.SendAsync("0");
        await chat.SendAsync("2 0 0 0 0 0");
        await chat.PressAsync("本表其余全为0");
        await chat.PressAsync("上一步");

        chat.UserId = Coordinator;
        await chat.SendAsync("/status");

        Assert.Contains("#1 测试局2023年政府信息公开工作年度报告 · 填写中 · 已完成 36/41", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("未填：四、表四 3项；五、问题及改进 1项；六、其他事项 1项", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("❌ 错误：R1 自然人列", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("用户2002：三、表三 · 24/24", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenStaffSubmitTheCoordinatorReceivesTheFinishedDocument()
    {
        var code = await InviteAsync("焦作市人防办");
        chat.UserId = Staff;
        await chat.SendAsync($"/start {code}");
        foreach (var line in File.ReadAllLines(SeedReport.ChatFile).Skip(3).Where(l => !l.StartsWith('#')))
        {
            await chat.SendAsync(line);
            if (chat.Last.Any(r => r.AllButtons.Any(b => b.Label == "保存"))) await chat.PressAsync("保存");
        }
        await chat.PressAsync("仍然提交");

        var notice = Assert.Single(chat.Last, r => r.ToUserId == Coordinator);
        Assert.Contains("用户2002 已提交《焦作市人防办2023年政府信息公开工作年度报告》", notice.Text, StringComparison.Ordinal);
        Assert.Equal("焦作市人防办2023年政府信息公开工作年度报告.docx", notice.Document!.FileName);
        Assert.Single(chat.Last, r => r.ToUserId is null && r.Document is not null);
    }

    /// <summary>The coordinator creates a report for <paramref name="agency"/> and returns an invite code.</summary>
    private async Task<string> InviteAsync(string agency)
    {
        await chat.AdmitAsync(Coordinator);
        await chat.SendAsync("/new");
        await chat.SendAsync(agency);
        await chat.SendAsync("2023");
        await chat.SendAsync("/invite");
        var link = InviteLink().Match(chat.LastText);
        Assert.True(link.Success, chat.LastText);
        return link.Groups[1].Value;
    }

    [GeneratedRegex(@"https://t\.me/reportbot_test_bot\?start=([A-Za-z0-9_-]+)")]
    private static partial Regex InviteLink();
}
