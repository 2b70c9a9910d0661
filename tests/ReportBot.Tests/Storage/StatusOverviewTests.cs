using ReportBot.Core.Interviews;
namespace ReportBot.Tests.Storage;

/// <summary>/status over more reports than a page: one message, the counts, and the open reports left longest.</summary>
public sealed class StatusOverviewTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task ManyReportsAreOneMessageWithCountsAndTheOpenReportsNobodyTouched()
    {
        await chat.AdmitAsync();
        await using (var s = await chat.Store.BeginAsync(CancellationToken.None))
        {
            for (var i = 1; i <= 25; i++)
            {
                var report = await s.CreateReportAsync(ChatDriver.Context.Format.Id, $"第{i}局", 2023, chat.UserId, DateTimeOffset.UtcNow, CancellationToken.None);
                if (i % 5 == 0) await s.SetStatusAsync(report.Id, ReportStatus.Submitted, DateTimeOffset.UtcNow, CancellationToken.None);
            }
            await s.CommitAsync(CancellationToken.None);
        }

        var replies = await chat.SendAsync("/status");

        var text = Assert.Single(replies).Text;
        Assert.True(text.Length <= 4096, $"{text.Length} characters");
        Assert.StartsWith("📊 填报情况（共25份报告）\n已提交 5 份 · 填写中 20 份", text, StringComparison.Ordinal);
        Assert.Equal(CoordinatorStatusPage, text.Split('\n').Count(l => l.StartsWith('#')));
        Assert.Contains("#1 第1局", text, StringComparison.Ordinal);
        Assert.DoesNotContain("#5 第5局", text, StringComparison.Ordinal);
        Assert.Contains("另有15份未列出", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportSomeoneWorksOnGivesWayToOneNobodyOpened()
    {
        await chat.AdmitAsync();
        await using (var s = await chat.Store.BeginAsync(CancellationToken.None))
        {
            for (var i = 1; i <= 11; i++) await s.CreateReportAsync(ChatDriver.Context.Format.Id, $"第{i}局", 2023, chat.UserId, DateTimeOffset.UtcNow, CancellationToken.None);
            await s.CommitAsync(CancellationToken.None);
        }
        await chat.SendAsync("/open 1");

        await chat.SendAsync("/status");

        Assert.DoesNotContain("#1 第1局", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("#11 第11局", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStatusDeliveredTwiceIsAnsweredOnce()
    {
        await chat.AdmitAsync();
        await using (var s = await chat.Store.BeginAsync(CancellationToken.None))
        {
            await s.CreateReportAsync(ChatDriver.Context.Format.Id, "测试局", 2023, chat.UserId, DateTimeOffset.UtcNow, CancellationToken.None);
            await s.CommitAsync(CancellationToken.None);
        }
        var status = new ReportBot.Conversations.IncomingMessage("test", chat.UserId, chat.UserId, Text: "/status", UpdateId: 990_001);

        var first = await chat.DeliverAsync(status);
        var again = await chat.DeliverAsync(status);

        Assert.Contains("📊 填报情况", Assert.Single(first).Text, StringComparison.Ordinal);
        Assert.Empty(again);
    }

    [Fact]
    public async Task StatusFromStaffIsStillRefused()
    {
        await chat.AdmitAsync(role: ReportBot.Storage.Roles.Staff);

        await chat.SendAsync("/status");

        Assert.Contains("只有协调员", chat.LastText, StringComparison.Ordinal);
    }

    private const int CoordinatorStatusPage = ReportBot.Conversations.CoordinatorStatus.PageSize;
}
