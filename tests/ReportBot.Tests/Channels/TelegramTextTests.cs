using ReportBot.Channels;

namespace ReportBot.Tests.Channels;

public sealed class TelegramTextTests
{
    [Fact]
    public void ShortTextIsOnePiece() => Assert.Equal(["短消息"], TelegramText.Split("短消息"));

    [Fact]
    public void LongTextIsCutAtParagraphBoundariesWithinTheLimit()
    {
        var paragraphs = Enumerable.Range(1, 30).Select(i => $"第{i}段：" + new string('字', 300)).ToList();
        var text = string.Join("\n\n", paragraphs);

        var pieces = TelegramText.Split(text);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.True(Telegram.Bot.Extensions.HtmlText.Escape(p).Length <= TelegramText.MaxMessage));
        Assert.All(pieces, p => Assert.StartsWith("第", p, StringComparison.Ordinal));
        Assert.Equal(paragraphs, pieces.SelectMany(p => p.Split("\n\n")));
    }

    [Fact]
    public void TheLimitCountsEscapedHtml()
    {
        var text = string.Concat(Enumerable.Repeat("<&>\n", 1500));

        var pieces = TelegramText.Split(text);

        Assert.All(pieces, p => Assert.True(Telegram.Bot.Extensions.HtmlText.Escape(p).Length <= TelegramText.MaxMessage));
        Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal), string.Concat(pieces).Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void ATextWithoutLineBreaksIsCutHardWithoutSplittingASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 5000));

        var pieces = TelegramText.Split(text);

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1])));
    }
}
