using ReportBot.Tests.Conversations;

namespace ReportBot.Tests.Documents;

public sealed class SnapshotTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task ASnapshotMidwayIsAValidDraftDocumentAndChangesNothing()
    {
        await InterviewSteps.ToTable3Async(chat);
        await chat.SendAsync("3 0 0 0 0 0");
        await chat.SendAsync("0");
        await chat.SendAsync("2 0 0 0 0 0");
        await chat.PressAsync("本表其余全为0");
        var before = await chat.SavedStateAsync();

        await chat.SendAsync("/snapshot");

        var file = Assert.Single(chat.Last, r => r.Document is not null).Document!;
        Assert.Equal("测试局2023年政府信息公开工作年度报告（草稿）.docx", file.FileName);
        var docx = DocxContent.Read(file.Content);
        Assert.Empty(docx.ValidationErrors);
        Assert.NotEmpty(docx.Headers);
        Assert.All(docx.Headers, h => Assert.Contains("草稿", h, StringComparison.Ordinal));
        Assert.Contains("【待填写】", docx.BodyText, StringComparison.Ordinal);
        Assert.Contains("附：待完善事项", docx.BodyText, StringComparison.Ordinal);
        Assert.Contains("R1 自然人列：一(3)+二(0)=3 ≠ （七）总计(2)+四(0)=2，相差1", docx.BodyText, StringComparison.Ordinal);
        Assert.Contains(docx.Body, p => p.Contains("存在的主要问题及改进情况", StringComparison.Ordinal));
        Assert.Equal(before, await chat.SavedStateAsync());
    }

    [Fact]
    public async Task TheFinishedDocumentIsRefusedBeforeSubmission()
    {
        await InterviewSteps.ToPermitAsync(chat);

        await chat.SendAsync("/document");

        Assert.DoesNotContain(chat.Last, r => r.Document is not null);
        Assert.Contains("/snapshot", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmissionSendsTheFinishedDocumentAndDocumentSendsItAgain()
    {
        await SeedInterviewTests.FillSeedAsync(chat);
        var atSubmission = Assert.Single(chat.Last, r => r.Document is not null).Document!;

        await chat.SendAsync("/document");
        var again = Assert.Single(chat.Last, r => r.Document is not null).Document!;

        Assert.Equal("焦作市人防办2023年政府信息公开工作年度报告.docx", atSubmission.FileName);
        var docx = DocxContent.Read(again.Content);
        Assert.Empty(docx.ValidationErrors);
        Assert.Equal(DocxContent.Read(atSubmission.Content).Body, docx.Body);
        Assert.DoesNotContain("草稿", string.Join("", docx.Headers) + docx.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("【待填写】", docx.BodyText, StringComparison.Ordinal);
        foreach (var paragraph in SeedReport.Paragraphs) Assert.Contains(paragraph, docx.Body);
    }

    [Fact]
    public async Task LookingAtASubmittedReportKeepsItSubmittedAndChangingItReopensIt()
    {
        await SeedInterviewTests.FillSeedAsync(chat);

        await chat.SendAsync("/review");
        Assert.DoesNotContain(chat.Last.SelectMany(r => r.AllButtons), b => b.Label is "继续填写" or "提交报告");
        await chat.SendAsync("/document");
        Assert.Single(chat.Last, r => r.Document is not null);

        await chat.SendAsync("/review");
        await chat.PressAsync("修改二");
        await chat.PressAsync("行政许可");
        await chat.SendAsync("19");
        Assert.Contains("重新打开", chat.LastText, StringComparison.Ordinal);
        // The same reply already shows the report as open, ready to submit again.
        Assert.DoesNotContain("（已提交）", chat.LastText, StringComparison.Ordinal);
        Assert.Contains(chat.Last.SelectMany(r => r.AllButtons), b => b.Label == "提交报告");
        await chat.SendAsync("/document");

        Assert.DoesNotContain(chat.Last, r => r.Document is not null);
        await using var s = await chat.Store.ReadAsync(CancellationToken.None);
        Assert.Equal(Core.Interviews.ReportStatus.Open, (await s.FindReportAsync(1, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task AnotherMembersChangeAfterSubmissionReopensTheReport()
    {
        await SeedInterviewTests.FillSeedAsync(chat);
        var first = chat.UserId;
        chat.UserId = 5005;
        await chat.AdmitAsync(5005);
        await chat.SendAsync("/open 1");

        await chat.SendAsync("/review");
        await chat.PressAsync("修改二");
        await chat.PressAsync("行政许可");
        await chat.SendAsync("20");

        Assert.Contains("重新打开", chat.LastText, StringComparison.Ordinal);
        chat.UserId = first;
        await chat.SendAsync("/document");
        Assert.DoesNotContain(chat.Last, r => r.Document is not null);
    }
}
