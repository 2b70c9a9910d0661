using System.IO.Compression;
using ReportBot.Core.Answers;
using ReportBot.Core.Rules;
using ReportBot.Desk;
using ReportBot.Tests.Conversations;
using ReportBot.Tests.Documents;

namespace ReportBot.Tests.Desk;

/// <summary>The 汇总 report and the export of every report, from the chat and from the command line.</summary>
public sealed class ConsolidationAndExportTests : IDisposable
{
    private readonly ChatDriver chat = new();
    private readonly string folder = Directory.CreateTempSubdirectory("reportbot-desk-").FullName;

    public void Dispose()
    {
        chat.Dispose();
        Directory.Delete(folder, true);
    }

    /// <summary>Two units whose tables balance, with figures in tables 二, 三 and 四.</summary>
    private async Task TwoUnitsAsync()
    {
        await chat.AdmitAsync();
        await SeedAnswers.ImportAsync(chat, "甲局", 2023, SeedAnswers.Complete(("t3.new.natural", "3"), ("t3.granted.natural", "3"), ("t4.review.upheld", "1"), ("t2.8.fees.amount", "1.5")));
        await SeedAnswers.ImportAsync(chat, "乙局", 2023, SeedAnswers.Complete(("t3.new.business", "2"), ("t3.partial.business", "1"), ("t3.carryover.business", "1")));
    }

    private async Task<Dictionary<string, string>> AnswersOfAsync(long reportId)
    {
        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        return await s.AnswersAsync(reportId, CancellationToken.None);
    }

    [Fact]
    public async Task ConsolidatingTwoUnitsInChatStoresTheirSumsAndSendsTheDraftWithEachUnitsShare()
    {
        await TwoUnitsAsync();

        var reply = Assert.Single(await chat.SendAsync("/consolidate 1 2 某某管委会"));

        Assert.Contains("已生成汇总报告《某某管委会2023年政府信息公开工作年度报告》：表格为2个单位报告的逐格合计", reply.Text, StringComparison.Ordinal);
        var a = ReportFigures.From(ChatDriver.Context.Format, new AnswerSet(await AnswersOfAsync(1)));
        var b = ReportFigures.From(ChatDriver.Context.Format, new AnswerSet(await AnswersOfAsync(2)));
        var sumAnswers = new AnswerSet(await AnswersOfAsync(3));
        var sum = ReportFigures.From(ChatDriver.Context.Format, sumAnswers);
        foreach (var table in ChatDriver.Context.Format.Tables)
            foreach (var row in table.Rows)
                foreach (var column in table.Columns)
                    Assert.Equal(a.Value(table, row.Id, column.Id) + b.Value(table, row.Id, column.Id), sum.Value(table, row.Id, column.Id));
        Assert.Equal("889.5113", sumAnswers.Get("t2.8.fees.amount"));
        var errors = ChatDriver.Context.Rules.Evaluate(RuleInput.From(ChatDriver.Context.Format, sumAnswers)).Where(f => f.Severity == "error" && !f.Unfilled);
        Assert.Empty(errors);
        var draft = DocxContent.Read(reply.Document!.Content);
        Assert.Empty(draft.ValidationErrors);
        Assert.Contains("附：各单位数据构成（汇总）", draft.BodyText, StringComparison.Ordinal);
        Assert.Contains("甲局 3（60.0 %）", draft.BodyText, StringComparison.Ordinal);
        Assert.Contains("乙局 2（40.0 %）", draft.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsolidationIsRefusedWithoutTwoReportsOrAName()
    {
        await TwoUnitsAsync();

        Assert.Contains("用法：/consolidate", Assert.Single(await chat.SendAsync("/consolidate 1 某某管委会")).Text, StringComparison.Ordinal);
        Assert.Contains("用法：/consolidate", Assert.Single(await chat.SendAsync("/consolidate 1 2")).Text, StringComparison.Ordinal);
        Assert.Contains("没有编号为9的报告", Assert.Single(await chat.SendAsync("/consolidate 1 9 某某管委会")).Text, StringComparison.Ordinal);
        Assert.Contains("已存在（#1）", Assert.Single(await chat.SendAsync("/consolidate 1 2 甲局")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExportButtonSendsEveryReportAndACsvSummaryAsOneZip()
    {
        await TwoUnitsAsync();
        await chat.SendAsync("/status");

        var reply = Assert.Single(await chat.PressAsync("📦 导出全部"));

        using var zip = new ZipArchive(new MemoryStream(reply.Document!.Content));
        Assert.Equal(["0001-甲局2023年政府信息公开工作年度报告.docx", "0002-乙局2023年政府信息公开工作年度报告.docx", ReportArchive.SummaryName], zip.Entries.Select(e => e.FullName));
        using var csv = new StreamReader(zip.GetEntry(ReportArchive.SummaryName)!.Open());
        var lines = (await csv.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("编号,机关名称,年度,状态,截止日期,已完成,题数,错误,未说明的提醒", lines[0]);
        Assert.Equal("1,甲局,2023,已提交,2024-01-31,41,41,0,0", lines[1].TrimEnd('\r'));
        Assert.Empty(DocxContent.Read(await ReadAsync(zip.Entries[0])).ValidationErrors);
    }

    [Fact]
    public async Task TheCommandLineConsolidatesAndExportsEverythingAsTheProgram()
    {
        await TwoUnitsAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var draft = Path.Combine(folder, "sum.docx");
        var archive = Path.Combine(folder, "all.zip");

        var consolidate = await ProgramRunner.RunAsync("", ["consolidate", "--db", chat.DbPath, "--reports", "1,2", "--agency", "某某管委会", "--out", draft]);
        var export = await ProgramRunner.RunAsync("", ["export-all", "--db", chat.DbPath, "--out", archive]);

        Assert.True(consolidate.Code == 0, consolidate.Error);
        Assert.StartsWith("report 3: 某某管委会 2023, the sum of reports 1, 2", consolidate.Output, StringComparison.Ordinal);
        Assert.Contains("乙局 2（40.0 %）", DocxContent.Read(await File.ReadAllBytesAsync(draft)).BodyText, StringComparison.Ordinal);
        Assert.True(export.Code == 0, export.Error);
        using var zip = ZipFile.OpenRead(archive);
        Assert.Equal(4, zip.Entries.Count);
        Assert.Contains(zip.Entries, e => e.FullName == "0003-某某管委会2023年政府信息公开工作年度报告（草稿）.docx");
    }

    private static async Task<byte[]> ReadAsync(ZipArchiveEntry entry)
    {
        using var buffer = new MemoryStream();
        await using (var stream = entry.Open()) await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
