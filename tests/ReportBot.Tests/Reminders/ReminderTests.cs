using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ReportBot.Core.Interviews;
using ReportBot.Reminders;
using ReportBot.Storage;

namespace ReportBot.Tests.Reminders;

/// <summary>Deadline reminders on a test clock: once each, never at night, never again after a restart.</summary>
public sealed class ReminderTests : IDisposable
{
    private const long Coordinator = 1, Zhang = 2001, Li = 2002;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private readonly string db = Path.Combine(Path.GetTempPath(), $"reportbot-reminders-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
    }

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2024, month, day, hour, minute, 0, China);

    /// <summary>测试局 (a department, due 31 January 2024) with 张三 on it; 第二局, submitted, with 李四; a people's government, due 31 March.</summary>
    private static async Task SeedAsync(ReminderHost host)
    {
        var now = At(1, 1, 12);
        await using var s = await host.Store.BeginAsync(CancellationToken.None);
        await s.AddPersonAsync(new Person(Coordinator, "王协调", Roles.Coordinator), now, CancellationToken.None);
        await s.AddPersonAsync(new Person(Zhang, "张三", Roles.Staff), now, CancellationToken.None);
        await s.AddPersonAsync(new Person(Li, "李四", Roles.Staff), now, CancellationToken.None);
        var format = ChatDriver.Context.Format.Id;
        var open = await s.CreateReportAsync(format, "测试局", 2023, Coordinator, now, CancellationToken.None);
        await s.AddMemberAsync(open.Id, Coordinator, now, CancellationToken.None);
        await s.AddMemberAsync(open.Id, Zhang, now, CancellationToken.None);
        var done = await s.CreateReportAsync(format, "第二局", 2023, Coordinator, now, CancellationToken.None);
        await s.AddMemberAsync(done.Id, Li, now, CancellationToken.None);
        await s.SetStatusAsync(done.Id, ReportStatus.Submitted, now, CancellationToken.None);
        var government = await s.CreateReportAsync(format, "某某市人民政府", 2023, Coordinator, now, CancellationToken.None);
        await s.AddMemberAsync(government.Id, Li, now, CancellationToken.None);
        await s.CommitAsync(CancellationToken.None);
    }

    [Fact]
    public async Task EachReminderFiresOnceAtItsTimeNeverInQuietHoursAndNotAgainAfterARestart()
    {
        var clock = new ManualClock(At(1, 20, 12));
        await using (var first = await ReminderHost.StartAsync(db, clock))
        {
            await SeedAsync(first);
            Assert.Equal(new(0, 0), await first.Round.RunAsync(At(1, 20, 12), CancellationToken.None)); // 11 days left
            Assert.Equal(new(0, 0), await first.Round.RunAsync(At(1, 21, 7, 59), CancellationToken.None)); // 10 days left, but night
            Assert.Equal(new(1, 1), await first.Round.RunAsync(At(1, 21, 8), CancellationToken.None));
            Assert.Equal(new(0, 0), await first.Round.RunAsync(At(1, 21, 8, 5), CancellationToken.None));
            Assert.Equal(new(0, 0), await first.Round.RunAsync(At(1, 27, 21, 59), CancellationToken.None)); // 4 days left: nothing new
            Assert.Equal(new(0, 0), await first.Round.RunAsync(At(1, 28, 22, 30), CancellationToken.None)); // 3 days left, at night
            Assert.Equal(new(1, 1), await first.Round.RunAsync(At(1, 29, 8), CancellationToken.None)); // the night's reminder at 08:00
        }
        await using (var second = await ReminderHost.StartAsync(db, clock))
        {
            Assert.Equal(new(0, 0), await second.Round.RunAsync(At(1, 29, 9), CancellationToken.None));
            Assert.Equal(new(1, 1), await second.Round.RunAsync(At(1, 30, 10), CancellationToken.None)); // 1 day left
            Assert.Equal(new(0, 0), await second.Round.RunAsync(At(1, 30, 10, 5), CancellationToken.None));
            Assert.Equal(new(1, 1), await second.Round.RunAsync(At(2, 1, 8), CancellationToken.None)); // the day after: late
            Assert.Equal(new(0, 0), await second.Round.RunAsync(At(2, 20, 8), CancellationToken.None));
        }

        var outbox = await ReminderHost.OutboxAsync(db);
        Assert.Equal(4, outbox.Count(m => m.Chat == Zhang));
        Assert.Equal(4, outbox.Count(m => m.Chat == Coordinator));
        Assert.DoesNotContain(outbox, m => m.Chat == Li);
        var toZhang = outbox.Where(m => m.Chat == Zhang).Select(m => m.Text).ToList();
        Assert.Contains("还有10天", toZhang[0], StringComparison.Ordinal);
        Assert.Contains("还有2天", toZhang[1], StringComparison.Ordinal);
        Assert.Contains("还有1天", toZhang[2], StringComparison.Ordinal);
        Assert.Contains("已逾期1天", toZhang[3], StringComparison.Ordinal);
        Assert.All(toZhang, t => Assert.Contains("/open 1", t, StringComparison.Ordinal));
        Assert.Contains("未填写", toZhang[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDigestListsTheOpenReportsAndThePeopleOwingWorkOnThem()
    {
        var clock = new ManualClock(At(1, 21, 9));
        await using var host = await ReminderHost.StartAsync(db, clock);
        await SeedAsync(host);

        await host.Round.RunAsync(At(1, 21, 9), CancellationToken.None);

        var digest = Assert.Single(await ReminderHost.OutboxAsync(db), m => m.Chat == Coordinator).Text;
        Assert.StartsWith(ReminderTexts.DigestTitle, digest, StringComparison.Ordinal);
        Assert.Contains("#1 测试局2023年政府信息公开工作年度报告", digest, StringComparison.Ordinal);
        Assert.Contains("2024年1月31日（还有10天）", digest, StringComparison.Ordinal);
        Assert.Contains("待完成：张三", digest, StringComparison.Ordinal);
        // Neither the submitted report nor the government's (due in March) is in it, nor the coordinator as one owing work.
        Assert.DoesNotContain("李四", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("第二局", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("人民政府", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("王协调", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditedDeadlineMovesTheReminders()
    {
        var clock = new ManualClock(At(1, 21, 9));
        await using var host = await ReminderHost.StartAsync(db, clock);
        await SeedAsync(host);
        await using (var s = await host.Store.BeginAsync(CancellationToken.None))
        {
            await s.SetDeadlineAsync(1, new DateOnly(2024, 2, 29), CancellationToken.None);
            await s.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(new(0, 0), await host.Round.RunAsync(At(1, 21, 9), CancellationToken.None));
        Assert.Equal(new(1, 1), await host.Round.RunAsync(At(2, 19, 9), CancellationToken.None));
    }

    [Fact]
    public async Task TheSchedulerQueuesRemindersItselfOnTheAppsClock()
    {
        var clock = new ManualClock(At(1, 21, 9));
        await using (var seeding = await ReminderHost.StartAsync(db, clock)) await SeedAsync(seeding);

        await using var host = await ReminderHost.StartAsync(db, clock, worker: true);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await ReminderHost.OutboxAsync(db)).Count < 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal([Zhang, Coordinator], (await ReminderHost.OutboxAsync(db)).Select(m => m.Chat));
    }

    [Theory]
    [InlineData("Reminders:DaysBefore:0", "-2", "Reminders:DaysBefore must be whole days from 0 to 365; got -2.")]
    [InlineData("Reminders:CheckMinutes", "0", "Reminders:CheckMinutes must be from 1 to 1440; got 0.")]
    public async Task BadReminderSettingsStopTheStartWithTheSettingsName(string key, string value, string message)
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => ReminderHost.StartAsync(db, TimeProvider.System, false, (key, value)));

        Assert.Equal(message, e.Message);
    }
    [Fact]
    public async Task InADividedReportEachPersonIsRemindedOfTheirOwnOpenSectionsOnly()
    {
        var clock = new ManualClock(At(1, 21, 8));
        await using var host = await ReminderHost.StartAsync(db, clock);
        await SeedAsync(host);
        await using (var s = await host.Store.BeginAsync(CancellationToken.None))
        {
            // 测试局 divided: 张三 has 一 (all answered), 李四 has 三 (nothing answered); 李四 is invited too.
            await s.AddMemberAsync(1, Li, At(1, 1, 12), CancellationToken.None);
            await s.AssignAsync(1, "s1", Zhang, Coordinator, At(1, 1, 12), CancellationToken.None);
            await s.AssignAsync(1, "s3", Li, Coordinator, At(1, 1, 12), CancellationToken.None);
            var sectionOne = ChatDriver.Context.Plan.Questions.Where(q => q.Section.Id == "s1").SelectMany(q => q.Keys);
            await s.SaveAnswersAsync(1, sectionOne.Select(k => new Core.Answers.AnswerChange(k, null, "已填写。")), Zhang, At(1, 2, 9), CancellationToken.None);
            await s.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(new(1, 1), await host.Round.RunAsync(At(1, 21, 8), CancellationToken.None));

        var outbox = await ReminderHost.OutboxAsync(db);
        Assert.DoesNotContain(outbox, m => m.Chat == Zhang);
        var toLi = Assert.Single(outbox, m => m.Chat == Li).Text;
        Assert.Contains("/open 1", toLi, StringComparison.Ordinal);
        Assert.Contains("三、", toLi, StringComparison.Ordinal);
        Assert.DoesNotContain("一、", toLi, StringComparison.Ordinal);
        var digest = Assert.Single(outbox, m => m.Chat == Coordinator).Text;
        Assert.Contains("李四", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", digest, StringComparison.Ordinal);
    }
}
