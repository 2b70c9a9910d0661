using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

public sealed class LastYearPairingTests
{
    [Theory]
    [InlineData("测试局", 2022, "测试局", 2023, true)]
    [InlineData(null, 2022, "测试局", 2023, true)]
    [InlineData("测试局", null, "测试局", 2023, true)]
    [InlineData("别的局", 2022, "测试局", 2023, false)]
    [InlineData("测试局", 2021, "测试局", 2023, false)]
    [InlineData("测试局", 2023, "测试局", 2023, false)]
    public void LastYearIsTheSameAgencysYearBeforeWhateverIsNotPrintedAside(string? agency, int? year, string thisAgency, int thisYear, bool expected) =>
        Assert.Equal(expected, LastYearPairing.IsLastYearOf(agency, year, thisAgency, thisYear));
}
