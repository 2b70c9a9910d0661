using ReportBot.Core.Formats;

namespace ReportBot.Core.Tests.Formats;

public sealed class FormatCatalogueTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reportbot-formats-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void EveryFormatFileOfTheFolderIsLoadedOldestFirst()
    {
        File.Copy(FormatFixture.FilePath, Path.Combine(folder, "report-format-2021.json"));
        File.Copy(FormatFixture2019.FilePath, Path.Combine(folder, "report-format-2019.json"));
        File.WriteAllText(Path.Combine(folder, "notes.json"), "not a format, not loaded");

        var catalogue = FormatCatalogue.Load(folder);

        Assert.Equal([FormatFixture2019.Format.Id, FormatFixture.Format.Id], catalogue.Formats.Select(f => f.Id));
        Assert.Equal(FormatFixture.Format.Id, catalogue.Newest.Id);
        Assert.Equal(FormatFixture2019.Format.Id, catalogue.Find(FormatFixture2019.Format.Id)?.Id);
        Assert.Null(catalogue.Find("gov-info-disclosure-2030"));
    }

    [Theory]
    [InlineData(2019, "gov-info-disclosure-2019-fixture")]
    [InlineData(2020, "gov-info-disclosure-2019-fixture")]
    [InlineData(2021, "gov-info-disclosure-2021")]
    [InlineData(2025, "gov-info-disclosure-2021")]
    [InlineData(2015, "gov-info-disclosure-2019-fixture")]
    public void AYearTakesTheNewestFormatInForceAndAYearBeforeAllTakesTheOldest(int year, string formatId)
    {
        var catalogue = new FormatCatalogue([FormatFixture.Format, FormatFixture2019.Format]);

        Assert.Equal(formatId, catalogue.ForYear(year).Id);
    }

    [Fact]
    public void WithOneFormatEveryYearTakesIt()
    {
        var catalogue = new FormatCatalogue([FormatFixture.Format]);

        Assert.Equal(FormatFixture.Format.Id, catalogue.ForYear(2019).Id);
        Assert.Equal(FormatFixture.Format.Id, catalogue.ForYear(2024).Id);
    }

    [Fact]
    public void TwoFilesDefiningOneFormatAreRefused()
    {
        var e = Assert.Throws<ReportFormatException>(() => new FormatCatalogue([FormatFixture.Format, FormatFixture.Format with { FirstYear = 2022 }]));

        Assert.Equal("format gov-info-disclosure-2021: defined by more than one file", e.Message);
    }

    [Fact]
    public void TwoFormatsStartingInOneYearAreRefused()
    {
        var e = Assert.Throws<ReportFormatException>(() => new FormatCatalogue([FormatFixture.Format, FormatFixture2019.Format with { FirstYear = 2021 }]));

        Assert.Contains("all start in 2021", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenFileInTheFolderStopsTheLoadNamingTheFile()
    {
        File.Copy(FormatFixture.FilePath, Path.Combine(folder, "report-format-2021.json"));
        var broken = Path.Combine(folder, "report-format-2019.json");
        File.WriteAllText(broken, File.ReadAllText(FormatFixture2019.FilePath).Replace("\"type\": \"ceiling\"", "\"type\": \"ceil\"", StringComparison.Ordinal));

        var e = Assert.Throws<ReportFormatException>(() => FormatCatalogue.Load(folder));

        Assert.StartsWith($"{broken}: rule R14: unknown check type \"ceil\" (known: balance, ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void AFolderWithoutFormatsIsRefused()
    {
        var e = Assert.Throws<ReportFormatException>(() => FormatCatalogue.Load(folder));

        Assert.Equal($"{folder}: no report format (report-format-*.json)", e.Message);
    }
}
