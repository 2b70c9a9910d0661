using System.Text.RegularExpressions;
using ReportBot.Tests.Documents;

namespace ReportBot.Tests.EndToEnd;

/// <summary>The whole story on Telegram: a coordinator creates and invites, staff fill the seed, documents arrive.</summary>
public sealed partial class TelegramSeedTests
{
    [Fact]
    public async Task ACoordinatorInvitesStaffWhoFillTheSeedAndTheFinishedDocumentArrives()
    {
        await using var bot = await BotHarness.StartAsync();
        const long coordinator = BotHarness.Coordinator, staff = BotHarness.Staff;
        var seed = File.ReadAllLines(SeedReport.ChatFile);

        await bot.SayAsync(coordinator, "/new");
        await bot.SayAsync(coordinator, "焦作市人防办");
        await bot.SayAsync(coordinator, "2023");
        await bot.SayAsync(coordinator, "/invite");
        var code = Link().Match(bot.LastText(coordinator)).Groups[1].Value;
        Assert.NotEmpty(code);

        await bot.SayAsync(staff, $"/start {code}");
        Assert.Contains("一、总体情况 · 1/6", bot.LastText(staff), StringComparison.Ordinal);
        var actions = 1;
        foreach (var paragraph in seed.Skip(3).Take(6))
        {
            await bot.SayAsync(staff, paragraph);
            actions += 1;
        }
        await bot.PressAsync(staff, "本组其余全为0");
        await bot.SayAsync(staff, "18");
        await bot.PressAsync(staff, "本组其余全为0");
        await bot.SayAsync(staff, "888.0113");
        await bot.PressAsync(staff, "本表其余全为0");
        actions += 5;

        // Midway, the coordinator looks at the draft.
        await bot.SayAsync(coordinator, "/snapshot");
        var draft = Assert.Single(bot.Api.Documents, d => d.ChatId == coordinator);
        Assert.Equal("焦作市人防办2023年政府信息公开工作年度报告（草稿）.docx", draft.FileName);
        var draftContent = DocxContent.Read(draft.Content);
        Assert.Empty(draftContent.ValidationErrors);
        Assert.Contains("草稿", string.Join("", draftContent.Headers), StringComparison.Ordinal);
        Assert.Contains("【待填写】", draftContent.BodyText, StringComparison.Ordinal);

        await bot.PressAsync(staff, "本表其余全为0");
        await bot.SayAsync(staff, seed.Single(l => l.StartsWith("2023年度", StringComparison.Ordinal)));
        await bot.SayAsync(staff, "无");
        await bot.PressAsync(staff, "提交报告");
        await bot.PressAsync(staff, "仍然提交");
        actions += 7;

        Assert.True(actions <= 30, $"{actions} actions");
        // One message per answer (the finished text may take two, being longer than one Telegram message).
        var staffMessages = bot.Api.Messages.Count(m => m.ChatId == staff);
        Assert.True(staffMessages <= actions * 1.2, $"{staffMessages} messages for {actions} actions");
        var toStaff = Assert.Single(bot.Api.Documents, d => d.ChatId == staff);
        var toCoordinator = bot.Api.Documents.Last(d => d.ChatId == coordinator);
        Assert.Equal("焦作市人防办2023年政府信息公开工作年度报告.docx", toCoordinator.FileName);
        Assert.Equal(toStaff.Content, toCoordinator.Content);
        var finished = DocxContent.Read(toCoordinator.Content);
        Assert.Empty(finished.ValidationErrors);
        Assert.DoesNotContain("草稿", string.Join("", finished.Headers) + finished.BodyText, StringComparison.Ordinal);
        foreach (var paragraph in SeedReport.Paragraphs) Assert.Contains(paragraph, finished.Body);
        Assert.Contains(bot.Api.Messages, m => m.ChatId == staff && m.Text.Contains("行政许可\t18", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheBotSetsUpItsMenuAnswersEveryPressAndClosesAnsweredKeyboards()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.SayAsync(BotHarness.Coordinator, "/new");
        await bot.SayAsync(BotHarness.Coordinator, "测试局");
        await bot.SayAsync(BotHarness.Coordinator, "2023");
        var question = bot.Api.Messages.Last(m => m.ChatId == BotHarness.Coordinator);
        await bot.SayAsync(BotHarness.Coordinator, "概述。");

        Assert.True(bot.Api.CallCount("deleteWebhook") >= 1);
        Assert.Contains(("snapshot", "获取草稿文件"), bot.Api.Commands);
        Assert.Contains(("status", "填报情况（协调员）"), bot.Api.Commands);
        Assert.Equal(bot.Presses, bot.Api.CallbackAnswers.Count);
        Assert.All(bot.Api.Messages, m => Assert.Equal("Html", m.ParseMode));
        // The question answered by text shows the answer and has lost its keyboard.
        var edit = Assert.Single(bot.Api.Edits, e => e.MessageId == question.MessageId);
        Assert.Contains("✅ 已保存：总体情况概述（共3字）", edit.Text, StringComparison.Ordinal);
        Assert.Empty(edit.Buttons);
    }

    [GeneratedRegex(@"start=([A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}
