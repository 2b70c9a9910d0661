using ReportBot.Commands;
using ReportBot.Core.Answers;
using ReportBot.Core.Documents;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;

namespace ReportBot.Tests.Commands;

/// <summary><c>check</c> reads a published report in the format in force for the year its title names.</summary>
public sealed class CheckByYearTests : IDisposable
{
    private static readonly ReportFormat Fixture2019 = ReportFormatLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "report-format-2019.json"));

    private readonly string file = Path.Combine(Path.GetTempPath(), $"reportbot-check-{Guid.NewGuid():N}.txt");

    public void Dispose() => File.Delete(file);

    [Fact]
    public async Task AReportOfTwentyTwentyIsCheckedInTheFormatOfItsYear()
    {
        await WriteReportAsync(Fixture2019, 2020);

        var (code, output) = await CheckAsync(new FormatCatalogue([ChatDriver.Context.Format, Fixture2019]));

        Assert.Equal(0, code);
        Assert.Contains("测试局 2020 — 0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutItsYearsFormatATrialFormatReportIsNamedAsSuchAndItsSharedArithmeticChecked()
    {
        // Issue 11: a 2019/2020 report in the 2019 trial format is right for its year; without that format loaded it
        // gets one finding naming the format, not an R7 per 2019 label.
        await WriteReportAsync(Fixture2019, 2020);

        var (code, output) = await CheckAsync(new FormatCatalogue([ChatDriver.Context.Format]));

        Assert.Equal(0, code);
        Assert.Contains("2019年试行格式", output, StringComparison.Ordinal);
        Assert.DoesNotContain("R7\terror", output, StringComparison.Ordinal);
    }

    /// <summary>A complete report in <paramref name="format"/>, every cell 0, written as text the way a web page flattens it.</summary>
    private async Task WriteReportAsync(ReportFormat format, int year)
    {
        var answers = new AnswerSet();
        foreach (var section in format.Sections)
            foreach (var item in section.Items ?? [])
                answers.Set(item.Id, item.Id == "s6.other" ? "本年度未收取信息处理费。" : item.Id == "s5.problems" ? "上年度问题已整改。" : "按要求开展工作。");
        foreach (var table in format.Tables)
            foreach (var row in table.TypedRows)
                foreach (var column in table.TypedColumns)
                    answers.Set(table.CellKey(row.Id, column.Id), "0");
        var document = ReportDocumentBuilder.Build(new InterviewContext(format), new ReportInfo(1, "测试局", year, ReportStatus.Submitted), answers);
        await File.WriteAllTextAsync(file, ReportTextWriter.Write(document));
    }

    private async Task<(int Code, string Output)> CheckAsync(FormatCatalogue catalogue)
    {
        var output = new StringWriter();
        var code = await new CheckCommand(new ReportFormats(catalogue), output, TextWriter.Null).RunAsync(file, null, json: false, CancellationToken.None);
        return (code, output.ToString());
    }
}
