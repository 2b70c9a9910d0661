using ReportBot.Core.Documents;

namespace ReportBot.Tests.Conversations;

public sealed class SeedInterviewTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task TheSeedReportIsReproducedInAtMostThirtyActions()
    {
        var finished = await FillSeedAsync(chat);

        Assert.True(chat.Actions <= 30, $"took {chat.Actions} messages and presses");
        Assert.Contains("焦作市人防办2023年政府信息公开工作年度报告", finished, StringComparison.Ordinal);
        foreach (var paragraph in SeedReport.Paragraphs) Assert.Contains(paragraph, finished, StringComparison.Ordinal);
        var lines = finished.Split('\n');
        Assert.Contains("行政许可\t18", lines);
        Assert.Contains("行政事业性收费\t888.0113", lines);
        Assert.Contains("规章\t0\t0\t0", lines);
        Assert.Contains("行政规范性文件\t0\t0\t0", lines);
        Assert.Contains("行政处罚\t0", lines);
        Assert.Contains("行政强制\t0", lines);
        Assert.Contains(string.Join('\t', Enumerable.Repeat("0", 15)), lines);
    }

    [Fact]
    public async Task EveryLabelOfTheFormatStandsInTheFinishedTextWithItsFigures()
    {
        var finished = await FillSeedAsync(chat);
        var format = ChatDriver.Context.Format;
        var lines = finished.Split('\n');

        foreach (var section in format.Sections) Assert.Contains(section.Heading, lines);
        foreach (var table in format.Tables)
        {
            foreach (var column in table.Columns) Assert.Contains(column.Label, finished, StringComparison.Ordinal);
            foreach (var label in new[] { table.Corner, table.ColumnHeader, table.RowHeader }.OfType<string>())
                Assert.Contains(label, finished, StringComparison.Ordinal);
        }
        var t3 = format.Table("t3");
        foreach (var row in t3.Rows)
        {
            // Each row of table 三 ends with its own label and seven zeros, as in the seed.
            Assert.Single(lines, l => l.EndsWith(row.Label + string.Concat(Enumerable.Repeat("\t0", 7)), StringComparison.Ordinal));
        }
        Assert.Contains(lines, l => l.StartsWith("行政复议\t\t\t\t\t行政诉讼", StringComparison.Ordinal));
        Assert.DoesNotContain(ReportDocument.Placeholder, finished, StringComparison.Ordinal);
    }

    /// <summary>Fills the seed through the service with messages and button presses; returns the finished text.</summary>
    public static async Task<string> FillSeedAsync(ChatDriver chat)
    {
        await chat.AdmitAsync();
        var seed = File.ReadAllLines(SeedReport.ChatFile);
        await chat.SendAsync("/new");
        await chat.SendAsync("焦作市人防办");
        await chat.SendAsync("2023");
        foreach (var paragraph in seed.Skip(3).Take(6))
        {
            await chat.SendAsync(paragraph);
        }
        await chat.PressAsync("本组其余全为0");
        await chat.SendAsync("18");
        await chat.PressAsync("本组其余全为0");
        await chat.SendAsync("888.0113");
        await chat.PressAsync("本表其余全为0");
        await chat.PressAsync("本表其余全为0");
        await chat.SendAsync(seed.Single(l => l.StartsWith("2023年度", StringComparison.Ordinal)));
        await chat.SendAsync("无");
        await chat.PressAsync("提交报告");
        // The seed's 五 and 六 leave two R13 warnings open: submitting takes a second press.
        Assert.Contains("还有2项提醒没有说明", chat.LastText, StringComparison.Ordinal);
        await chat.PressAsync("仍然提交");
        Assert.Contains("报告已提交", chat.LastText, StringComparison.Ordinal);
        // The finished text comes in the same message as the note that says so.
        var said = chat.Last.Single(r => r.Text.Contains("报告已提交", StringComparison.Ordinal)).Text;
        return said[said.IndexOf("焦作市人防办2023年政府信息公开工作年度报告\n", StringComparison.Ordinal)..];
    }
}
