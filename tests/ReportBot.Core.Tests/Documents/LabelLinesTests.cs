using ReportBot.Core.Documents;

namespace ReportBot.Core.Tests.Documents;

public sealed class LabelLinesTests
{
    // Characters that are words by themselves in the format's labels.
    private const string SingleCharacterWords = "的或其无已仍不后加为类第项之只计这和";

    [Fact]
    public void EveryLabelOfTheFormatIsMadeOfKnownWords()
    {
        var labels = FormatFixture.Format.Tables.SelectMany(t => new[] { t.Caption, t.Corner, t.ColumnHeader, t.RowHeader }
            .Concat(t.Columns.SelectMany(c => new[] { c.Label, c.Group })).Concat(t.Rows.SelectMany(r => new[] { r.Label, r.Group, r.Part })))
            .OfType<string>().Distinct();

        foreach (var label in labels)
        {
            var tokens = LabelLines.Tokens(label);
            Assert.Equal(label, string.Concat(tokens));
            // A lone character that is no word would let a line break inside a word.
            var lone = tokens.Select(t => t.Trim("（）“”、，：。.0123456789一二三四五六七八九十".ToCharArray())).Where(t => t.Length == 1 && !SingleCharacterWords.Contains(t, StringComparison.Ordinal));
            Assert.True(!lone.Any(), $"{label}: {string.Join('|', tokens)}");
        }
    }

    [Theory]
    [InlineData("社会公益组织", 4, new[] { "社会", "公益", "组织" })]
    [InlineData("自然人", 6, new[] { "自然人" })]
    [InlineData("自然人", 4, new[] { "自然", "人" })]
    [InlineData("结果维持", 4, new[] { "结果", "维持" })]
    [InlineData("5.要求行政机关确认或重新出具已获取信息", 26, new[] { "5.要求行政机关确认或重新", "出具已获取信息" })]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 40, new[] { "（二）部分公开（区分处理的，只计这一", "情形，不计其他情形）" })]
    [InlineData("1234567", 7, new[] { "1234567" })]
    [InlineData("三、本年度办理结果", 2, new[] { "三", "、", "本", "年", "度", "办", "理", "结", "果" })]
    public void LabelsBreakBetweenWordsNumberingStaysWithItsWordAndOnlyACellTooNarrowCutsAWord(string label, int halfEms, string[] expected) =>
        Assert.Equal(expected, LabelLines.Split(label, halfEms));
}
