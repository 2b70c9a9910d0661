using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public class RowParserTests
{
    [Theory]
    [InlineData("0 1 2 3 4 5")]
    [InlineData("  0   1 2 3 4 5  ")]
    [InlineData("0、1、2、3、4、5")]
    [InlineData("0,1,2,3,4,5")]
    [InlineData("0，1，2，3，4，5")]
    [InlineData("0;1;2;3;4;5")]
    [InlineData("0；1；2；3；4；5")]
    [InlineData("０ １ ２ ３ ４ ５")]
    [InlineData("０\u3000１\u3000２\u3000３\u3000４\u3000５")]
    [InlineData("0\t1\n2 3 4 5")]
    public void SixNumbersAreReadInColumnOrderWithoutATotal(string raw)
    {
        var parsed = RowParser.Parse(raw, count: 6, allowTotal: true);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.NotNull(parsed.Value);
        Assert.Equal([0L, 1, 2, 3, 4, 5], parsed.Value.Values);
        Assert.Null(parsed.Value.DeclaredTotal);
    }

    [Theory]
    [InlineData("1、2、3、4、5、6")]
    [InlineData("1,2,3,4,5,6")]
    public void ListSeparatorsAndCommasSplitTheRow(string raw)
    {
        var parsed = RowParser.Parse(raw, count: 6, allowTotal: true);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal([1L, 2, 3, 4, 5, 6], parsed.Value!.Values);
    }

    [Fact]
    public void ASeventhNumberIsTheDeclaredTotal()
    {
        var parsed = RowParser.Parse("0 1 2 3 4 5 15", count: 6, allowTotal: true);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal([0L, 1, 2, 3, 4, 5], parsed.Value!.Values);
        Assert.Equal(15, parsed.Value.DeclaredTotal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("０")]
    [InlineData(" 0 ")]
    public void ASingleZeroFillsTheWholeRow(string raw)
    {
        var parsed = RowParser.Parse(raw, count: 6, allowTotal: true);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal(new long[6], parsed.Value!.Values);
        Assert.Null(parsed.Value.DeclaredTotal);
    }

    [Fact]
    public void ACommaInsideANumberGroupsThousandsWhenSpacesAlreadySplitTheRow()
    {
        var parsed = RowParser.Parse("1,234 0 0 0 0 0", count: 6, allowTotal: true);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal([1234L, 0, 0, 0, 0, 0], parsed.Value!.Values);
        Assert.Null(parsed.Value.DeclaredTotal);
    }

    [Theory]
    [InlineData("1 2 3", "收到3个数字")]
    [InlineData("1 2 3 4 5 6 7 8", "收到8个数字")]
    public void TheWrongNumberOfValuesIsRefusedSayingHowManyAreNeeded(string raw, string got)
    {
        var parsed = RowParser.Parse(raw, count: 6, allowTotal: true);

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains("6个", parsed.Error, StringComparison.Ordinal);
        Assert.Contains(got, parsed.Error, StringComparison.Ordinal);
        Assert.Contains("第7个数作为总计", parsed.Error, StringComparison.Ordinal);
        Assert.Contains("0 0 0 0 0 0", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadTokenIsRefusedNamingItsPosition()
    {
        var parsed = RowParser.Parse("1 2 x 4 5 6", count: 6, allowTotal: true);

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains("第3个", parsed.Error, StringComparison.Ordinal);
        Assert.Contains("x", parsed.Error, StringComparison.Ordinal);
        Assert.Contains("例如 18", parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 2 -3 4 5 6")]
    [InlineData("1 2 －3 4 5 6")]
    [InlineData("1 2 负3 4 5 6")]
    public void ANegativeTokenIsRefusedNamingItsPosition(string raw)
    {
        var parsed = RowParser.Parse(raw, count: 6, allowTotal: true);

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains("第3个", parsed.Error, StringComparison.Ordinal);
        Assert.Contains("负数", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADecimalTokenIsRefusedNamingItsPosition()
    {
        var parsed = RowParser.Parse("1 2 3 4 5 6.5", count: 6, allowTotal: true);

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains("第6个", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AVeryLongRowIsRefusedWithTheExpectedForm()
    {
        var raw = string.Join(' ', Enumerable.Repeat("1", 200));

        var parsed = RowParser.Parse(raw, count: 6, allowTotal: true);

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains("6个", parsed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("收到", parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("18", 18)]
    [InlineData("１８件", 18)]
    [InlineData("1,234", 1234)]
    [InlineData("0", 0)]
    public void ASingleColumnRowIsReadLikeAnInteger(string raw, long expected)
    {
        var parsed = RowParser.Parse(raw, count: 1, allowTotal: true);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal([expected], parsed.Value!.Values);
        Assert.Null(parsed.Value.DeclaredTotal);
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("2.5")]
    [InlineData("abc")]
    [InlineData("")]
    public void ASingleColumnRowIsRefusedLikeAnInteger(string raw)
    {
        var parsed = RowParser.Parse(raw, count: 1, allowTotal: false);

        Assert.False(parsed.Ok);
        Assert.Equal(NumberParser.ParseInteger(raw).Error, parsed.Error);
    }

    [Fact]
    public void WithoutATotalSevenNumbersAreRefused()
    {
        var parsed = RowParser.Parse("0 1 2 3 4 5 15", count: 6, allowTotal: false);

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains("6个", parsed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("总计", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutATotalSixNumbersAreRead()
    {
        var parsed = RowParser.Parse("0 1 2 3 4 5", count: 6, allowTotal: false);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal([0L, 1, 2, 3, 4, 5], parsed.Value!.Values);
    }

    [Fact]
    public void CommasFollowedBySpacesSplitTheRow()
    {
        var parsed = RowParser.Parse("1, 2, 3, 4, 5, 6", count: 6, allowTotal: true);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal([1L, 2, 3, 4, 5, 6], parsed.Value!.Values);
    }

    [Fact]
    public void ATokenInAnotherScriptIsRefusedRatherThanThrowing()
    {
        var parsed = RowParser.Parse("1 2 3 4 5 ٣", count: 6, allowTotal: true);

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains("第6个", parsed.Error, StringComparison.Ordinal);
    }
}
