using ReportBot.Tests.Conversations;
using ReportBot.Tests.Documents;

namespace ReportBot.Tests.Commands;

/// <summary>The README's command-line tools, run as the real program.</summary>
public sealed class CommandLineProcessTests : IDisposable
{
    private readonly ChatDriver chat = new();
    private readonly string folder = Directory.CreateTempSubdirectory("reportbot-cli-").FullName;

    public void Dispose()
    {
        chat.Dispose();
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task ReportsListsAndExportWritesAValidDocxJsonAndText()
    {
        await SeedInterviewTests.FillSeedAsync(chat);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var list = await ProgramRunner.RunAsync("", ["reports", "--db", chat.DbPath]);
        Assert.Equal("1\t焦作市人防办\t2023\tsubmitted\t41/41", list.Output.Trim());

        foreach (var format in new[] { "docx", "json", "txt" })
        {
            var file = Path.Combine(folder, $"seed.{format}");
            var run = await ProgramRunner.RunAsync("", ["export", "--db", chat.DbPath, "--report", "1", "--format", format, "--out", file]);
            Assert.True(run.Code == 0, run.Error);
        }
        Assert.Empty(DocxContent.Read(await File.ReadAllBytesAsync(Path.Combine(folder, "seed.docx"))).ValidationErrors);
        Assert.Contains("\"t2.8.fees.amount\": \"888.0113\"", await File.ReadAllTextAsync(Path.Combine(folder, "seed.json")), StringComparison.Ordinal);
        Assert.Contains("行政许可\t18", await File.ReadAllTextAsync(Path.Combine(folder, "seed.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExportWithoutItsSwitchesSaysHowToCallIt()
    {
        var run = await ProgramRunner.RunAsync("", ["export", "--db", chat.DbPath]);

        Assert.Equal(2, run.Code);
        Assert.Contains("usage: export --db PATH --report ID --format docx|txt|json|html --out FILE", run.Error, StringComparison.Ordinal);
    }
}
