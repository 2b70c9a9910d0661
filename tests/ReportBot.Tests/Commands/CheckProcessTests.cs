using System.Text.Json;

namespace ReportBot.Tests.Commands;

/// <summary><c>check FILE</c> as a user runs it: findings printed, exit 0 clean, 1 with errors, 2 unreadable.</summary>
public sealed class CheckProcessTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reportbot-check-").FullName;

    public void Dispose() => Directory.Delete(folder, true);

    [Fact]
    public async Task TheSeedChecksCleanOfErrorsWithTheR13WarningForItsSixthSection()
    {
        var (code, output, error) = await ProgramRunner.RunAsync("", ["check", Path.Combine(AppContext.BaseDirectory, "Fixtures", "jiaozuo-2023.txt")]);

        Assert.True(code == 0, error + output);
        Assert.Contains("焦作市人防办 2023 — 0 error(s)", output, StringComparison.Ordinal);
        Assert.Contains("R13\twarning\t六、其他需要报告的事项\t六、其他需要报告的事项未说明信息处理费收取情况。", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportWithATotalPrintedAsZeroBesideTenCasesExitsOneAndSaysWhereInJson()
    {
        var broken = SeedReport.Text.Replace(
            "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "10\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", StringComparison.Ordinal);
        var file = Path.Combine(folder, "broken.txt");
        await File.WriteAllTextAsync(file, broken);

        var (code, output, _) = await ProgramRunner.RunAsync("", ["check", file, "--json"]);

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var r5 = Assert.Single(json.RootElement.EnumerateArray(), f => f.GetProperty("rule").GetString() == "R5");
        Assert.Equal("error", r5.GetProperty("severity").GetString());
        Assert.Equal("行政复议", r5.GetProperty("where").GetString());
        Assert.Equal("行政复议：总计(0) ≠ 维持(10)+纠正(1)+其他结果(0)+尚未审结(0)=11，相差11", r5.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AFileThatIsNotAReportExitsTwoSayingWhy()
    {
        var file = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(file, "会议纪要\n今天讨论了午餐安排。");

        var (code, _, error) = await ProgramRunner.RunAsync("", ["check", file]);

        Assert.Equal(2, code);
        Assert.Contains("不是一份政府信息公开工作年度报告", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastYearOnTheCommandLineAddsTheCrossYearRules()
    {
        var thisYear = Path.Combine(folder, "2023.txt");
        var lastYear = Path.Combine(folder, "2022.txt");
        await File.WriteAllTextAsync(thisYear, SeedReport.Text);
        await File.WriteAllTextAsync(lastYear, SeedReport.Text
            .Replace("焦作市人防办 2023 年", "焦作市人防办 2022 年", StringComparison.Ordinal)
            .Replace("一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "一、本年新收政府信息公开申请数量\t\t3\t0\t0\t0\t0\t0\t3", StringComparison.Ordinal)
            .Replace("四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t\t3\t0\t0\t0\t0\t0\t3", StringComparison.Ordinal));

        var (code, output, _) = await ProgramRunner.RunAsync("", ["check", thisYear, "--last-year", lastYear]);

        Assert.Equal(1, code);
        Assert.Contains("R8\terror\t自然人\t自然人列：本年“二、上年结转”(0) ≠ 上年“四、结转下年度继续办理”(3)，相差3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastYearFromAnotherAgencyIsRefused()
    {
        var thisYear = Path.Combine(folder, "2023.txt");
        var other = Path.Combine(folder, "other.txt");
        await File.WriteAllTextAsync(thisYear, SeedReport.Text);
        await File.WriteAllTextAsync(other, SeedReport.Text.Replace("焦作市人防办 2023 年", "别的局 2022 年", StringComparison.Ordinal));

        var (code, _, error) = await ProgramRunner.RunAsync("", ["check", thisYear, "--last-year", other]);

        Assert.Equal(2, code);
        Assert.Contains("is 别的局 2022, not 焦作市人防办 2022", error, StringComparison.Ordinal);
    }
}
