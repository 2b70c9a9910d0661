using System.Globalization;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public class NumberParserTests
{
    [Theory]
    [InlineData("18", 18)]
    [InlineData("１８", 18)]
    [InlineData("1,234", 1234)]
    [InlineData("1 234", 1234)]
    [InlineData("１，２３４", 1234)]
    [InlineData("18件", 18)]
    [InlineData("18 件", 18)]
    [InlineData(" 18 ", 18)]
    [InlineData("0", 0)]
    [InlineData("007", 7)]
    [InlineData("000", 0)]
    [InlineData("999999999999", 999_999_999_999)]
    public void IntegersAreReadAsStaffTypeThem(string raw, long expected)
    {
        var parsed = NumberParser.ParseInteger(raw);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Null(parsed.Error);
        Assert.Equal(expected, parsed.Value);
    }

    [Theory]
    [InlineData("-3", "负数")]
    [InlineData("－3", "负数")]
    [InlineData("负3", "负数")]
    [InlineData("2.5", "例如 18")]
    [InlineData("十八", "例如 18")]
    [InlineData("abc", "例如 18")]
    [InlineData("", "例如 18")]
    [InlineData("   ", "例如 18")]
    [InlineData("/", "例如 18")]
    [InlineData("12,34", "例如 18")]
    [InlineData("12345678901234567890", "过大")]
    [InlineData("1000000000000", "过大")]
    public void IntegersThatCannotBeUsedAreRefusedWithTheExpectedForm(string raw, string expectedInMessage)
    {
        var parsed = NumberParser.ParseInteger(raw);

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains(expectedInMessage, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeNumbersAreRefusedWithZeroAsTheExample()
    {
        var parsed = NumberParser.ParseInteger("-3");

        Assert.NotNull(parsed.Error);
        Assert.Contains("例如 0", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DecimalCountsAreRefusedAsNotWhole()
    {
        var parsed = NumberParser.ParseInteger("2.5");

        Assert.NotNull(parsed.Error);
        Assert.Contains("整数", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AVeryLongInputIsRefusedWithTheExpectedForm()
    {
        var parsed = NumberParser.ParseInteger(new string('1', 10_000));

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains("18", parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("888.0113", "888.0113")]
    [InlineData("888.0113万元", "888.0113")]
    [InlineData("888.0113万", "888.0113")]
    [InlineData("888.0113 万元", "888.0113")]
    [InlineData("8880113元", "888.0113")]
    [InlineData("１２.５", "12.5")]
    [InlineData("１２．５", "12.5")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("0", "0")]
    public void FeesAreReadInTenThousandYuan(string raw, string expected)
    {
        var parsed = NumberParser.ParseFee(raw);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("888.0113")]
    [InlineData("888.0113万元")]
    [InlineData("8880113元")]
    public void FeePrecisionIsKeptToFourDecimals(string raw)
    {
        var parsed = NumberParser.ParseFee(raw);

        Assert.Equal(888.0113m, parsed.Value);
        Assert.Equal("888.0113", parsed.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("-1", "负数")]
    [InlineData("负1", "负数")]
    [InlineData("1.23456", "888.0113")]
    [InlineData("1234.5元", "8880113元")]
    [InlineData("abc", "888.0113")]
    [InlineData("", "888.0113")]
    [InlineData("万元", "888.0113")]
    public void FeesThatCannotBeUsedAreRefusedWithTheExpectedForm(string raw, string expectedInMessage)
    {
        var parsed = NumberParser.ParseFee(raw);

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains(expectedInMessage, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FeeWithFiveDecimalsIsRefusedNamingTheFourDecimalLimit()
    {
        var parsed = NumberParser.ParseFee("1.23456");

        Assert.NotNull(parsed.Error);
        Assert.Contains("4位小数", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FeeInYuanWithAFractionIsRefusedAskingForWholeYuan()
    {
        var parsed = NumberParser.ParseFee("1234.5元");

        Assert.NotNull(parsed.Error);
        Assert.Contains("整元", parsed.Error, StringComparison.Ordinal);
    }

    // \d in .NET regexes matches every Unicode decimal digit; NFKC leaves Arabic-Indic and Devanagari digits alone,
    // so they pass the Digits() check and reach long.Parse/decimal.Parse, which throw.
    [Theory]
    [InlineData("٣")]
    [InlineData("३")]
    [InlineData("18٣")]
    public void IntegersInOtherScriptsAreRefusedRatherThanThrowing(string raw)
    {
        var parsed = NumberParser.ParseInteger(raw);

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains("例如 18", parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("٣")]
    [InlineData("٣.5")]
    public void FeesInOtherScriptsAreRefusedRatherThanThrowing(string raw)
    {
        var parsed = NumberParser.ParseFee(raw);

        Assert.False(parsed.Ok);
        Assert.NotNull(parsed.Error);
        Assert.Contains("888.0113", parsed.Error, StringComparison.Ordinal);
    }
}
