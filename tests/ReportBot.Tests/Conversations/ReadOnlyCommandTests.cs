using ReportBot.Conversations;

namespace ReportBot.Tests.Conversations;

/// <summary>/reports and /help are answered from a read session: the same replies, once per delivery, drafts kept.</summary>
public sealed class ReadOnlyCommandTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task AReportsListDeliveredTwiceIsAnsweredOnceWithButtonsOfTheCurrentVersion()
    {
        await chat.AdmitAsync();
        foreach (var line in new[] { "/new", "测试局", "2023" }) await chat.SendAsync(line);
        var list = new IncomingMessage("test", chat.UserId, chat.UserId, Text: "/reports", UpdateId: 990_101);

        var first = await chat.DeliverAsync(list);
        var again = await chat.DeliverAsync(list);

        var reply = Assert.Single(first);
        Assert.Contains("测试局", reply.Text, StringComparison.Ordinal);
        var open = Assert.Single(reply.AllButtons);
        Assert.True(ButtonChoice.TryRead(open.Choice, out var version, out var value));
        await using (var s = await chat.Store.ReadAsync(CancellationToken.None))
            Assert.Equal((await s.ConversationAsync(chat.UserId, CancellationToken.None)).Version, version);
        Assert.Equal(PeopleCommands.OpenPrefix + "1", value);
        Assert.Empty(again);
    }

    [Fact]
    public async Task HelpWhileTypingATextLeavesTheDraftAsItWas()
    {
        await chat.AdmitAsync();
        foreach (var line in new[] { "/new", "测试局", "2023", "第一段文字" }) await chat.SendAsync(line);

        await chat.SendAsync("/help");
        Assert.Contains("/status", chat.LastText, StringComparison.Ordinal);
        await chat.SendAsync("/start");

        // The text was saved on send; help changed nothing and /start goes on from the next question.
        Assert.Equal("第一段文字", (await chat.AnswersAsync())["s1.intro"]);
        Assert.Contains("一、总体情况 · 2/6", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStrangersHelpIsRefusedAndNothingIsStored()
    {
        await chat.SendAsync("/help");

        Assert.DoesNotContain("/status", chat.LastText, StringComparison.Ordinal);
        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        Assert.Null(await s.FindPersonAsync(chat.UserId, CancellationToken.None));
    }
}
