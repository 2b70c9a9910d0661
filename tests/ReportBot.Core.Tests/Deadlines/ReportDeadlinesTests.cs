using ReportBot.Core.Deadlines;

namespace ReportBot.Core.Tests.Deadlines;

public sealed class ReportDeadlinesTests
{
    [Theory]
    [InlineData("焦作市人防办", 2023, "2024-01-31")]
    [InlineData("焦作市人民政府", 2023, "2024-03-31")]
    [InlineData("山阳区人民政府 ", 2024, "2025-03-31")]
    [InlineData("焦作市人民政府办公室", 2024, "2025-01-31")]
    public void ADepartmentIsDueOn31JanuaryAndAPeoplesGovernmentOn31March(string agency, int year, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), ReportDeadlines.DefaultFor(agency, year));

    [Theory]
    [InlineData("2025-01-31")]
    [InlineData("2025/1/31")]
    [InlineData("2025.1.31")]
    [InlineData("2025年1月31日")]
    public void DatesAreReadAsPeopleTypeThem(string text)
    {
        Assert.True(ReportDeadlines.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2025, 1, 31), date);
    }

    [Fact]
    public void ANonDateIsRefused() => Assert.False(ReportDeadlines.TryParse("下周五", out _));

    [Theory]
    [InlineData("2024-01-20T13:59:00Z", false)] // 21:59 in China
    [InlineData("2024-01-20T14:00:00Z", true)] // 22:00
    [InlineData("2024-01-20T23:59:00Z", true)] // 07:59
    [InlineData("2024-01-21T00:00:00Z", false)] // 08:00
    public void QuietHoursRunFrom22To8ChinaTime(string utc, bool quiet) =>
        Assert.Equal(quiet, ChinaTime.IsQuiet(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void SomethingDueAtNightWaitsFor8InTheMorning()
    {
        var night = new DateTimeOffset(2024, 1, 20, 23, 30, 0, ChinaTime.Offset);

        Assert.Equal(new DateTimeOffset(2024, 1, 21, 8, 0, 0, ChinaTime.Offset), ChinaTime.NextAllowed(night));
        Assert.Equal(new DateTimeOffset(2024, 1, 21, 8, 0, 0, ChinaTime.Offset), ChinaTime.NextAllowed(new DateTimeOffset(2024, 1, 21, 3, 0, 0, ChinaTime.Offset)));
    }

    [Fact]
    public void TheDeadlineReadsWithTheDaysLeftOrOverdue()
    {
        var deadline = new DateOnly(2024, 1, 31);

        Assert.Equal("2024年1月31日（还有3天）", ReportDeadlines.Describe(deadline, new DateOnly(2024, 1, 28)));
        Assert.Equal("2024年1月31日（已逾期2天）", ReportDeadlines.Describe(deadline, new DateOnly(2024, 2, 2)));
    }
}
