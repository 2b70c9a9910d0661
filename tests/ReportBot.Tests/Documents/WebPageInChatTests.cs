using AngleSharp.Html.Parser;
using ReportBot.Tests.Conversations;

namespace ReportBot.Tests.Documents;

/// <summary><c>/document html</c> and <c>/snapshot html</c>: the report as the web page the office puts on its site.</summary>
public sealed class WebPageInChatTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task TheFinishedReportComesAsOneSelfContainedWebPageWithItsTables()
    {
        await SeedInterviewTests.FillSeedAsync(chat);

        await chat.SendAsync("/document html");

        var file = Assert.Single(chat.Last, r => r.Document is not null).Document!;
        Assert.Equal("焦作市人防办2023年政府信息公开工作年度报告.html", file.FileName);
        var page = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
        Assert.True(page.QuerySelectorAll("table").Length >= 3, "tables 二, 三 and 四 are real tables");
        Assert.Contains(page.QuerySelectorAll("td"), td => td.TextContent.Trim() == "888.0113");
        Assert.Empty(page.QuerySelectorAll("link, script[src], img[src]"));
        Assert.DoesNotContain("草稿", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftWebPageIsMarkedAndChangesNothing()
    {
        await InterviewSteps.ToTable3Async(chat);
        var before = await chat.SavedStateAsync();

        await chat.SendAsync("/snapshot HTML");

        var file = Assert.Single(chat.Last, r => r.Document is not null).Document!;
        Assert.Equal("测试局2023年政府信息公开工作年度报告（草稿）.html", file.FileName);
        Assert.Contains("草稿", System.Text.Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
        Assert.Equal(before, await chat.SavedStateAsync());
    }
}
