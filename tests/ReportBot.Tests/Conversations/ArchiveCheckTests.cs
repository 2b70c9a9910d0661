using System.IO.Compression;
using System.Text;
using ReportBot.Conversations;
using ReportBot.Tests.Fakes;

namespace ReportBot.Tests.Conversations;

/// <summary>A coordinator sends a .zip of reports: one summary message, a line per report, the details as a CSV; hostile archives refused.</summary>
public sealed class ArchiveCheckTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task AZipOfReportsGetsOneSummaryWithALinePerReportAndTheDetailsAsADocument()
    {
        await chat.AdmitAsync();
        var lastYear = SeedReport.LastYearText;
        var zip = Zip(("部门/人防办2023.txt", Encoding.UTF8.GetBytes(SeedReport.Text)), ("部门/人防办2022.txt", Encoding.UTF8.GetBytes(lastYear)), ("说明.txt", Encoding.UTF8.GetBytes("请查收。")));

        var replies = await chat.SendFileAsync("二月报告.zip", zip);

        var reply = Assert.Single(replies);
        Assert.StartsWith("🔎 检查“二月报告.zip”中的3份文件：2份无错误，0份有错误，1份无法读作报告。", reply.Text, StringComparison.Ordinal);
        Assert.Contains("人防办2023.txt｜焦作市人防办｜2023年｜错误0｜提醒2｜无法读取的行0", reply.Text, StringComparison.Ordinal);
        Assert.Contains("人防办2022.txt｜焦作市人防办｜2022年", reply.Text, StringComparison.Ordinal);
        Assert.Contains("说明.txt｜无法读作报告", reply.Text, StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(reply.Document!.Content);
        Assert.Equal("二月报告-检查结果.csv", reply.Document.FileName);
        Assert.Contains("部门/人防办2023.txt,焦作市人防办,2023,0,2,0,R13,warning", csv, StringComparison.Ordinal);
        Assert.Contains("说明.txt", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipBombIsRefusedWithAShortReason()
    {
        await chat.AdmitAsync();

        var replies = await chat.SendFileAsync("报告.zip", FakeBotApiHostileFiles.ZipBomb(64));

        Assert.Contains("压缩包解压后过大", Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FilesThatTogetherInflatePastTheLimitAreRefusedBeforeTheyAreAllRead()
    {
        var (files, refusal) = SentArchive.Read(Zip([.. Enumerable.Range(0, 6).Select(i => ($"{i}.txt", new byte[10 * 1024 * 1024]))]));

        Assert.Empty(files);
        Assert.Contains("解压后过大", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipWithTooManyFilesOrAZipInsideIsRefused()
    {
        await chat.AdmitAsync();

        var many = await chat.SendFileAsync("多.zip", Zip([.. Enumerable.Range(0, SentArchive.MaxEntries + 1).Select(i => ($"{i}.txt", new byte[] { 1 }))]));
        var nested = await chat.SendFileAsync("套.zip", Zip(("内层.zip", Zip(("a.txt", new byte[] { 1 }))), ("b.txt", new byte[] { 1 })));
        var broken = await chat.SendFileAsync("坏.zip", [.. "PK\u0003\u0004"u8, 1, 2, 3]);

        Assert.Contains("压缩包内文件过多（最多100个）", Assert.Single(many).Text, StringComparison.Ordinal);
        Assert.Contains("压缩包内不能再含压缩包（“内层.zip”）", Assert.Single(nested).Text, StringComparison.Ordinal);
        Assert.Contains("压缩包已损坏", Assert.Single(broken).Text, StringComparison.Ordinal);
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
