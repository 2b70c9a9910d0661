using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

/// <summary>A name's core is what every name near it shares, so a store can look up the candidates by it.</summary>
public sealed class AgencyCoreTests
{
    private static readonly string[] Names =
    [
        "洪泽区人民政府", "淮安市洪泽区人民政府", "江苏省淮安市洪泽区人民政府", "淮安市 洪泽区人民政府", "宿迁市洪泽区人民政府",
        "淮安市人民政府", "江苏省人民政府", "焦作市人民防空办公室", "河南省焦作市人民防空办公室", "焦作市人防办",
        "区政府办公室", "市区县州盟旗人民政府", "人民政府", "北京市朝阳区卫生健康委员会", "朝阳区卫生健康委员会", "县市区",
        "淮安市洪泽区人民政府办公室", "ＡＢ市洪泽区人民政府",
    ];

    [Fact]
    public void NamesNearEachOtherAlwaysShareTheirCore()
    {
        foreach (var a in Names)
            foreach (var b in Names.Where(b => AgencyNames.Near(a, b)))
                Assert.True(AgencyNames.Core(a) == AgencyNames.Core(b), $"{a} and {b} are near but their cores are {AgencyNames.Core(a)} and {AgencyNames.Core(b)}");
    }

    [Fact]
    public void TheCoreIsTheShortestTailAfterAnAdministrativeCharacter()
    {
        Assert.Equal("洪泽区人民政府", AgencyNames.Core("江苏省淮安市洪泽区人民政府"));
        Assert.Equal("洪泽区人民政府", AgencyNames.Core("淮安市 洪泽区人民政府"));
        Assert.Equal("人民防空办公室", AgencyNames.Core("河南省焦作市人民防空办公室"));
        // Too short a tail names no one body: the whole name stands.
        Assert.Equal("焦作市人防办", AgencyNames.Core("焦作市人防办"));
        Assert.Equal("人民政府", AgencyNames.Core("人民政府"));
    }
}
