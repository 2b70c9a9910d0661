namespace ReportBot.Tests.Commands;

/// <summary>The real program loads every format file of its format folder: a second one needs no code.</summary>
public sealed class FormatFolderProcessTests : IDisposable
{
    private readonly string db = Path.Combine(Path.GetTempPath(), $"reportbot-formats-{Guid.NewGuid():N}.db");

    private readonly string folder = Directory.CreateTempSubdirectory("reportbot-format-folder-").FullName;

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task AFormatFileAddedToTheFolderLetsAReportOfItsYearsBeWrittenInIt()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "config", "report-format-2021.json"), Path.Combine(folder, "report-format-2021.json"));
        var input = "/new\n测试局\n2020\n";

        var (before, beforeOutput, _) = await ProgramRunner.RunAsync(input, ["chat", "--db", db], Folder());
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "report-format-2019.json"), Path.Combine(folder, "report-format-2019.json"));
        var (after, afterOutput, error) = await ProgramRunner.RunAsync(input, ["chat", "--db", db], Folder());
        var (listed, listing, _) = await ProgramRunner.RunAsync("", ["reports", "--db", db], Folder());

        Assert.Equal(0, before);
        Assert.Contains("年度应在 2021 到", beforeOutput, StringComparison.Ordinal);
        Assert.True(after == 0, error);
        Assert.Contains("一、总体情况 · 1/6", afterOutput, StringComparison.Ordinal);
        Assert.Equal(0, listed);
        Assert.Contains("测试局\t2020", listing, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Folder() => new() { ["Format__Folder"] = folder };
}
