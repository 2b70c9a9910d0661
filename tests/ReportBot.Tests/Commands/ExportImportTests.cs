using ReportBot.Commands;
using ReportBot.Tests.Conversations;
using ReportBot.Tests.Documents;

namespace ReportBot.Tests.Commands;

public sealed class ExportImportTests : IDisposable
{
    private readonly ChatDriver source = new();
    private readonly ChatDriver target = new();
    private readonly string folder = Directory.CreateTempSubdirectory("reportbot-export-").FullName;

    public void Dispose()
    {
        source.Dispose();
        target.Dispose();
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task ExportToJsonThenImportIntoANewDatabaseGivesTheSameDocument()
    {
        await SeedInterviewTests.FillSeedAsync(source);
        var json = Path.Combine(folder, "seed.json");

        Assert.Equal(0, await Commands(source).ExportAsync("1", "json", json, CancellationToken.None));
        Assert.Equal(0, await Commands(target).ImportAsync(json, CancellationToken.None));
        Assert.Equal(0, await Commands(source).ExportAsync("1", "docx", Path.Combine(folder, "a.docx"), CancellationToken.None));
        Assert.Equal(0, await Commands(target).ExportAsync("1", "docx", Path.Combine(folder, "b.docx"), CancellationToken.None));

        var a = DocxContent.Read(await File.ReadAllBytesAsync(Path.Combine(folder, "a.docx")));
        var b = DocxContent.Read(await File.ReadAllBytesAsync(Path.Combine(folder, "b.docx")));
        Assert.Empty(b.ValidationErrors);
        Assert.Equal(a.Body, b.Body);
        Assert.Contains("焦作市人防办2023年政府信息公开工作年度报告", b.Body);
        Assert.Equal(await source.AnswersAsync(), await AnswersOfReport(target, 1));
    }

    [Fact]
    public async Task ReportsAreListedWithTheirIdsAndProgress()
    {
        await InterviewSteps.ToPermitAsync(source);
        var output = new StringWriter();

        await new ReportCommands(source.Store, source.Formats, source.Documents, TimeProvider.System, output, TextWriter.Null).ListAsync(CancellationToken.None);

        Assert.Equal("1\t测试局\t2023\topen\t8/41", output.ToString().Trim());
    }

    [Theory]
    [InlineData("\"t9.nothing.here\": \"0\"", "answer \"t9.nothing.here\": unknown item")]
    [InlineData("\"t3.new.natural\": \"-1\"", "answer \"t3.new.natural\": not a non-negative integer")]
    [InlineData("\"t2.8.fees.amount\": \"1.23456\"", "answer \"t2.8.fees.amount\": not a fee")]
    public async Task AnImportWithAnUnusableAnswerIsRefusedAndStoresNothing(string answer, string expected)
    {
        var file = Path.Combine(folder, "bad.json");
        await File.WriteAllTextAsync(file, $$"""
            { "format": "gov-info-disclosure-2021", "agency": "测试局", "year": 2023, "status": "open",
              "exportedAt": "2026-11-26T00:00:00Z", "answers": { "s1.intro": "概述。", {{answer}} } }
            """);
        var error = new StringWriter();

        var code = await new ReportCommands(target.Store, target.Formats, target.Documents, TimeProvider.System, TextWriter.Null, error).ImportAsync(file, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        await using var s = await target.Store.ReadAsync(CancellationToken.None);
        Assert.Empty(await s.AllReportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ImportingAReportThatAlreadyExistsIsRefused()
    {
        await SeedInterviewTests.FillSeedAsync(source);
        var json = Path.Combine(folder, "seed.json");
        await Commands(source).ExportAsync("1", "json", json, CancellationToken.None);

        Assert.Equal(2, await Commands(source).ImportAsync(json, CancellationToken.None));
    }

    private static ReportCommands Commands(ChatDriver chat) =>
        new(chat.Store, chat.Formats, chat.Documents, TimeProvider.System, TextWriter.Null, TextWriter.Null);

    private static async Task<Dictionary<string, string>> AnswersOfReport(ChatDriver chat, long id)
    {
        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        return await s.AnswersAsync(id, CancellationToken.None);
    }
}
