using System.Text.Json;

namespace ReportBot.Tests.Commands;

/// <summary><c>check DIR|FILE…</c> as a coordinator runs it over many reports: a summary line each, then the details.</summary>
public sealed class CheckManyProcessTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reportbot-check-many-").FullName;

    public void Dispose() => Directory.Delete(folder, true);

    [Fact]
    public async Task AFolderGetsOneSummaryLinePerReportAndLastYearIsPairedByAgency()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "a-2023.txt"), SeedReport.Text);
        await File.WriteAllTextAsync(Path.Combine(folder, "b-2022.txt"), SeedReport.LastYearText
            .Replace("四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t\t3\t0\t0\t0\t0\t0\t3", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(folder, "c-notes.txt"), "会议纪要\n今天讨论了午餐安排。");

        var (code, output, _) = await ProgramRunner.RunAsync("", ["check", folder]);

        Assert.Equal(2, code);
        var lines = output.Split('\n');
        Assert.Equal("file\t机关\t年度\terrors\twarnings\tunreadable rows", lines[0]);
        // This year's 二、上年结转 (0) against last year's 四 (3): R8 on two columns, found by pairing 机关 and 年度.
        Assert.StartsWith($"{Path.Combine(folder, "a-2023.txt")}\t焦作市人防办\t2023\t2\t2\t0\tlast year: {Path.Combine(folder, "b-2022.txt")}", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{Path.Combine(folder, "b-2022.txt")}\t焦作市人防办\t2022\t2\t2\t0", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"{Path.Combine(folder, "c-notes.txt")}\t?\t?\t-\t-\t-\tnot a report:", lines[3], StringComparison.Ordinal);
        Assert.Contains("R8\terror\t自然人\t", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyFilesAsJsonGiveEachReportItsCountsAndFindings()
    {
        var first = Path.Combine(folder, "one.txt");
        var second = Path.Combine(folder, "two.txt");
        await File.WriteAllTextAsync(first, SeedReport.Text);
        await File.WriteAllTextAsync(second, SeedReport.Text.Replace("焦作市人防办", "另一个局", StringComparison.Ordinal));

        var (code, output, _) = await ProgramRunner.RunAsync("", ["check", first, second, "--json"]);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var reports = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["焦作市人防办", "另一个局"], reports.Select(r => r.GetProperty("agency").GetString()));
        Assert.All(reports, r => Assert.Equal((0, 2), (r.GetProperty("errors").GetInt32(), r.GetProperty("warnings").GetInt32())));
        Assert.All(reports, r => Assert.Equal(2, r.GetProperty("findings").GetArrayLength()));
    }

    [Fact]
    public async Task CsvHasARowPerFindingWithTheReportsCounts()
    {
        var file = Path.Combine(folder, "one.txt");
        await File.WriteAllTextAsync(file, SeedReport.Text);

        var (code, output, _) = await ProgramRunner.RunAsync("", ["check", file, "--csv"]);

        Assert.Equal(0, code);
        var rows = output.Trim().Split('\n');
        Assert.Equal("file,agency,year,errors,warnings,unreadable_rows,rule,severity,where,message", rows[0]);
        Assert.Equal(3, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.StartsWith($"{file},焦作市人防办,2023,0,2,0,R13,warning,", r, StringComparison.Ordinal));
    }
}
