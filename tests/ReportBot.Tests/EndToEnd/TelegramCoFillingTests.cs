using System.Text.RegularExpressions;
using ReportBot.Tests.Documents;

namespace ReportBot.Tests.EndToEnd;

/// <summary>
/// Co-filling and review on Telegram, with the real client against the fake Bot API: a coordinator divides the
/// report between two people, both fill at once, a stale edit is refused, one item is returned and fixed, and the
/// approved report arrives as the finished .docx.
/// </summary>
public sealed partial class TelegramCoFillingTests
{
    private const long Coordinator = BotHarness.Coordinator, Writer = 2002, Figures = 3003;

    [Fact]
    public async Task TwoPeopleFillTheirPartsAtOnceAndTheCoordinatorReturnsOneItemThenApprovesTheFinishedDocument()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.Rename(Writer, "王政务");
        bot.Api.Rename(Figures, "李法制");
        var seed = File.ReadAllLines(SeedReport.ChatFile);

        await bot.SayAsync(Coordinator, "/new");
        await bot.SayAsync(Coordinator, "焦作市人防办");
        await bot.SayAsync(Coordinator, "2023");
        foreach (var person in new[] { Writer, Figures })
        {
            await bot.SayAsync(Coordinator, "/invite");
            await bot.SayAsync(person, $"/start {Link().Match(bot.LastText(Coordinator)).Groups[1].Value}");
            Assert.Contains("您已加入《焦作市人防办2023年政府信息公开工作年度报告》的填报", bot.TextsSince(person, 0), StringComparison.Ordinal);
        }

        // The coordinator gives 一 and 五 to the writer, 二–四 to the figures person, with the buttons.
        await bot.SayAsync(Coordinator, "/assign");
        Assert.Contains("尚未分工", bot.LastText(Coordinator), StringComparison.Ordinal);
        foreach (var (part, person) in new[] { ("一、总体情况", "王政务"), ("五、问题及改进", "王政务"), ("二、主动公开", "李法制"), ("三、表三", "李法制"), ("四、表四", "李法制") })
        {
            await bot.PressAsync(Coordinator, part);
            Assert.Equal($"「{part}」分配给谁？", bot.LastText(Coordinator));
            await bot.PressAsync(Coordinator, person);
            Assert.StartsWith($"✅ 「{part}」已分配给{person}。", bot.LastText(Coordinator), StringComparison.Ordinal);
        }
        Assert.Contains("  一、总体情况：王政务\n  二、主动公开：李法制\n  三、表三：李法制\n  四、表四：李法制\n  五、问题及改进：王政务",
            bot.LastText(Coordinator), StringComparison.Ordinal);
        Assert.Contains(bot.Api.Messages, m => m.ChatId == Writer && m.Text.Contains("的「五、问题及改进」分配给您", StringComparison.Ordinal));

        // Both at once: each message of one is sent before the other's is handled.
        await Both(bot, (Writer, "/start"), (Figures, "/start"));
        Assert.Contains("一、总体情况 · 1/6", bot.LastText(Writer), StringComparison.Ordinal);
        Assert.Contains("二、主动公开 · 1/6", bot.LastText(Figures), StringComparison.Ordinal);
        var figureLines = new Queue<string>(["全部为0", "18", "全部为0", "888.0113", "全部为0", "全部为0"]);
        foreach (var paragraph in seed.Skip(3).Where((_, i) => i % 2 == 0).Take(6))
        {
            // A text is saved as it is sent.
            var sent = bot.Api.Messages.Count;
            await Both(bot, (Writer, paragraph), (Figures, figureLines.Dequeue()));
            Assert.Contains("已保存", bot.TextsSince(Writer, sent), StringComparison.Ordinal);
        }
        Assert.Contains("五、问题及改进 · 1/1", bot.LastText(Writer), StringComparison.Ordinal);
        Assert.Contains("六、其他事项 · 1/1", bot.LastText(Figures), StringComparison.Ordinal);
        var answers = await AnswersAsync(bot);
        Assert.Equal("18", answers["t2.5.permit.decisions"]);
        Assert.Equal(6, answers.Keys.Count(k => k.StartsWith("s1.", StringComparison.Ordinal)));

        // 六 is nobody's: the figures person was shown it first, the writer answers it first; the stale save is refused.
        await bot.SayAsync(Writer, seed.Single(l => l.StartsWith("2023年度", StringComparison.Ordinal)));
        await bot.SayAsync(Writer, "无");
        var before = bot.Api.Messages.Count;
        await bot.SayAsync(Figures, "本单位无其他需要报告的事项。");
        var refused = bot.TextsSince(Figures, before);
        Assert.Contains("⚠️ 没有保存：您看到的是旧内容。六、其他事项 · 1/1 其他需要报告的事项 已被王政务于", refused, StringComparison.Ordinal);
        Assert.Contains("改为：无", refused, StringComparison.Ordinal);
        Assert.Equal("无", (await AnswersAsync(bot))["s6.other"]);

        // The writer submits; the coordinator receives the draft to review, with the open warnings and their reasons.
        await bot.SayAsync(Writer, "/submit");
        before = bot.Api.Messages.Count;
        await bot.PressAsync(Writer, "仍然提交");
        Assert.Contains("📨 已交协调员审核。", bot.TextsSince(Writer, before), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Api.Documents, d => d.ChatId == Writer);
        var review = await bot.Api.WaitForDocumentAsync(d => d.ChatId == Coordinator);
        Assert.Equal("焦作市人防办2023年政府信息公开工作年度报告（草稿）.docx", review.FileName);
        Assert.Contains("📬 王政务 已提交《焦作市人防办2023年政府信息公开工作年度报告》，请审核", review.Caption ?? bot.TextsSince(Coordinator, before), StringComparison.Ordinal);

        // The coordinator returns one item with a comment; its owner is told.
        before = bot.Api.Messages.Count;
        await bot.SayAsync(Coordinator, "/return 一 2 请补充全年主动公开的信息条数");
        Assert.Contains("↩️ 已退回「一、总体情况 · 2/6 （一）主动公开」，已通知1人。", bot.LastText(Coordinator), StringComparison.Ordinal);
        Assert.Contains("意见：请补充全年主动公开的信息条数", bot.TextsSince(Writer, before), StringComparison.Ordinal);
        Assert.DoesNotContain("意见：", bot.TextsSince(Figures, before), StringComparison.Ordinal);

        // The writer sees the comment at the item, fixes it and resubmits.
        await bot.SayAsync(Writer, "/comments");
        Assert.Contains("❗ 一、总体情况 · 2/6 （一）主动公开", bot.LastText(Writer), StringComparison.Ordinal);
        before = bot.Api.Messages.Count;
        await bot.PressAsync(Writer, "去修改：一、总体情况 · 2/6 （一）主动公开");
        var atItem = bot.TextsSince(Writer, before);
        Assert.Contains("💬", atItem, StringComparison.Ordinal);
        Assert.Contains("的退回意见：请补充全年主动公开的信息条数", atItem, StringComparison.Ordinal);
        Assert.Contains("一、总体情况 · 2/6", atItem, StringComparison.Ordinal);
        await bot.SayAsync(Writer, "（一）主动公开方面。全年主动公开政府信息126条。");
        await bot.SayAsync(Writer, "/submit");
        before = bot.Api.Messages.Count;
        await bot.PressAsync(Writer, "仍然提交");
        // A long caption goes as a message of its own before the document.
        await bot.Api.WaitUntilAsync(() => bot.Api.Messages.Any(m => m.ChatId == Coordinator && m.Text.Contains("王政务 已修改并重新提交", StringComparison.Ordinal))
            || bot.Api.Documents.Any(d => d.ChatId == Coordinator && d.Caption?.Contains("王政务 已修改并重新提交", StringComparison.Ordinal) == true));
        Assert.Equal(2, bot.Api.Documents.Count(d => d.ChatId == Coordinator && d.FileName.Contains("草稿", StringComparison.Ordinal)));

        // The coordinator approves and receives the finished document: no 草稿, the fixed paragraph in it.
        await bot.SayAsync(Coordinator, "/approve");
        var finished = await bot.Api.WaitForDocumentAsync(d => d.ChatId == Coordinator && d.FileName == "焦作市人防办2023年政府信息公开工作年度报告.docx");
        Assert.Equal("✅ 《焦作市人防办2023年政府信息公开工作年度报告》已定稿，正式文件见附件。", finished.Caption);
        var content = DocxContent.Read(finished.Content);
        Assert.Empty(content.ValidationErrors);
        Assert.DoesNotContain("草稿", string.Join("", content.Headers) + content.BodyText, StringComparison.Ordinal);
        Assert.Contains("全年主动公开政府信息126条。", content.BodyText, StringComparison.Ordinal);
        Assert.Contains(bot.Api.Messages, m => m.ChatId == Figures && m.Text.Contains("已由协调员审定（定稿）", StringComparison.Ordinal));
        Assert.Equal(bot.Presses, bot.Api.CallbackAnswers.Count);
    }

    /// <summary>Two people's messages sent before either is handled; returns once both are.</summary>
    private static async Task Both(BotHarness bot, (long User, string Text) a, (long User, string Text) b)
    {
        var first = bot.Api.SendText(a.User, a.Text);
        var second = bot.Api.SendText(b.User, b.Text);
        await bot.HandledAsync(first);
        await bot.HandledAsync(second);
    }

    private static async Task<Dictionary<string, string>> AnswersAsync(BotHarness bot)
    {
        var store = new ReportBot.Storage.ReportStore(bot.DbPath);
        await using var s = await store.ReadAsync(CancellationToken.None);
        return await s.AnswersAsync(1, CancellationToken.None);
    }

    [GeneratedRegex(@"start=([A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}
