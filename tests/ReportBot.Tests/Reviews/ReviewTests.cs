using ReportBot.Conversations;
using ReportBot.Core.Interviews;
using ReportBot.Documents;
using ReportBot.Tests.Documents;

namespace ReportBot.Tests.Reviews;

/// <summary>The review of a divided report: submitted, returned with comments, fixed, resubmitted, approved (定稿).</summary>
public sealed class ReviewTests : IDisposable
{
    private const long Coordinator = CoFillingOffice.Coordinator, Writer = CoFillingOffice.Writer, Figures = CoFillingOffice.Figures;
    private readonly CoFillingOffice office = new();

    public void Dispose() => office.Dispose();

    /// <summary>Both fill their parts, the writer 五 and 六 too, and the writer submits despite the seed's warnings.</summary>
    private async Task FilledAndSubmittedAsync()
    {
        await FilledAndAskedToSubmitAsync();
        await office.Press(Writer, "仍然提交");
    }

    /// <summary>Both fill their parts and the writer sends /submit, which lists the seed's warnings first.</summary>
    private async Task FilledAndAskedToSubmitAsync()
    {
        await office.SetUpAsync();
        await office.WriterFillsSectionOneAsync();
        await office.FiguresFillTheTablesAsync();
        await office.As(Writer, CoFillingOffice.Seed.Single(l => l.StartsWith("2023年度", StringComparison.Ordinal)));
        await office.As(Writer, "无");
        await office.As(Writer, "/submit");
    }

    [Fact]
    public async Task ASubmittedDividedReportGoesToTheCoordinatorAsADraftWithItsWarningsAndReasons()
    {
        await FilledAndSubmittedAsync();

        Assert.Contains("📨 已交协调员审核。", office.Chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain(office.Chat.Last, r => r.ToUserId is null && r.Document is not null);
        var package = Assert.Single(office.Chat.Last, r => r.ToUserId == Coordinator);
        Assert.StartsWith("📬 用户2002 已提交《测试局2023年政府信息公开工作年度报告》，请审核（附草稿）。", package.Text, StringComparison.Ordinal);
        Assert.Contains("⚠️ R13", package.Text, StringComparison.Ordinal);
        Assert.Contains("说明：（未说明）", package.Text, StringComparison.Ordinal);
        Assert.Equal("测试局2023年政府信息公开工作年度报告（草稿）.docx", package.Document!.FileName);
        Assert.Contains("尚未定稿", await office.As(Coordinator, "/document"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReviewsDocumentsArePromisedInTheMessageAndBuiltOutsideIt()
    {
        await FilledAndAskedToSubmitAsync();
        var submitAnyway = office.Chat.Last.SelectMany(r => r.AllButtons).Single(b => b.Label.Contains("仍然提交", StringComparison.Ordinal)).Choice;

        // As a channel with an outbox handles it: the replies come back as they are committed, documents unbuilt.
        var submitted = await HandledAsync(new IncomingMessage("test", Writer, Writer, Choice: submitAnyway, UpdateId: 990_001));
        var draft = Assert.IsType<PromisedDocument>(Assert.Single(submitted, r => r.ToUserId == Coordinator).Document);
        var approved = await HandledAsync(new IncomingMessage("test", Coordinator, Coordinator, Text: "/approve", UpdateId: 990_002));
        var finished = Assert.IsType<PromisedDocument>(Assert.Single(approved, r => r.Document is not null).Document);

        Assert.Empty(draft.Content);
        Assert.Empty(finished.Content);
        var builtDraft = DocxContent.Read(draft.Job.Build(office.Chat.Documents).Content);
        var builtFinished = DocxContent.Read(finished.Job.Build(office.Chat.Documents).Content);
        Assert.Empty(builtDraft.ValidationErrors);
        Assert.All(builtDraft.Headers, h => Assert.Contains("草稿", h, StringComparison.Ordinal));
        Assert.Empty(builtFinished.ValidationErrors);
        Assert.DoesNotContain(builtFinished.Headers, h => h.Contains("草稿", StringComparison.Ordinal));
    }

    private Task<IReadOnlyList<Reply>> HandledAsync(IncomingMessage message) =>
        office.Chat.Service.HandleAsync(message, (_, _, _) => Task.CompletedTask, CancellationToken.None);

    [Fact]
    public async Task AReturnedItemIsFixedAtItsCommentResubmittedAndApprovedIntoTheFinishedDocument()
    {
        await FilledAndSubmittedAsync();

        var returned = await office.As(Coordinator, "/return 一 2 请补充主动公开的具体数量");
        Assert.Contains("↩️ 已退回「一、总体情况 · 2/6 （一）主动公开」，已通知1人。", returned, StringComparison.Ordinal);
        var toWriter = Assert.Single(office.Chat.Last, r => r.ToUserId == Writer);
        Assert.Contains("意见：请补充主动公开的具体数量", toWriter.Text, StringComparison.Ordinal);
        Assert.Contains("已退回修改", await office.As(Coordinator, "/reports"), StringComparison.Ordinal);

        var comments = await office.As(Writer, "/comments");
        Assert.Contains("❗ 一、总体情况 · 2/6 （一）主动公开（测试用户", comments, StringComparison.Ordinal);
        var atItem = await office.Press(Writer, "去修改：一、总体情况 · 2/6 （一）主动公开");
        Assert.Contains("💬 测试用户的退回意见：请补充主动公开的具体数量", atItem, StringComparison.Ordinal);
        Assert.Contains("一、总体情况 · 2/6", atItem, StringComparison.Ordinal);
        await office.As(Writer, "（一）主动公开方面。全年主动公开政府信息120条。");
        await office.As(Writer, "/submit");
        await office.Press(Writer, "仍然提交");
        var again = Assert.Single(office.Chat.Last, r => r.ToUserId == Coordinator);
        Assert.StartsWith("📬 用户2002 已修改并重新提交《测试局2023年政府信息公开工作年度报告》", again.Text, StringComparison.Ordinal);
        Assert.Contains("✔️ 一、总体情况 · 2/6 （一）主动公开", await office.As(Writer, "/comments"), StringComparison.Ordinal);

        var approved = await office.As(Coordinator, "/approve");
        Assert.Contains("✅ 《测试局2023年政府信息公开工作年度报告》已定稿，正式文件见附件。", approved, StringComparison.Ordinal);
        var finished = Assert.Single(office.Chat.Last, r => r.Document is not null).Document!;
        Assert.Equal("测试局2023年政府信息公开工作年度报告.docx", finished.FileName);
        var docx = DocxContent.Read(finished.Content);
        Assert.Empty(docx.ValidationErrors);
        Assert.DoesNotContain("草稿", string.Join("", docx.Headers) + docx.BodyText, StringComparison.Ordinal);
        Assert.Contains("全年主动公开政府信息120条。", docx.BodyText, StringComparison.Ordinal);
        Assert.Contains(office.Chat.Last, r => r.ToUserId == Figures && r.Text.Contains("审定（定稿）", StringComparison.Ordinal));
        await office.As(Coordinator, "/document");
        Assert.Equal("测试局2023年政府信息公开工作年度报告.docx", Assert.Single(office.Chat.Last, r => r.Document is not null).Document!.FileName);
    }

    [Fact]
    public async Task AChangeAfterApprovalReopensTheReportAndSaysSo()
    {
        await FilledAndSubmittedAsync();
        await office.As(Coordinator, "/approve");

        await office.As(Figures, "/review");
        await office.Press(Figures, "修改二");
        await office.Press(Figures, "行政许可");
        var changed = await office.As(Figures, "19");

        Assert.StartsWith("⚠️ 这份报告已定稿，这次修改使它重新打开", changed, StringComparison.Ordinal);
        Assert.Contains("填写中", await office.As(Coordinator, "/reports"), StringComparison.Ordinal);
        Assert.Contains("只有已提交、等待审核的报告可以定稿。", await office.As(Coordinator, "/approve"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyASubmittedReportCanBeReturnedOrApprovedAndAReturnNeedsAComment()
    {
        await office.SetUpAsync();

        Assert.Contains("只有已提交的报告可以退回修改。", await office.As(Coordinator, "/return 一 2 请补充"), StringComparison.Ordinal);
        Assert.Contains("只有已提交、等待审核的报告可以定稿。", await office.As(Coordinator, "/approve"), StringComparison.Ordinal);
        Assert.Contains("用法：/return", await office.As(Coordinator, "/return 一 2"), StringComparison.Ordinal);
        Assert.Contains("只有协调员可以使用这个命令。", await office.As(Writer, "/approve"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryShowsWhoChangedAnItemWhenFromOldToNew()
    {
        await office.SetUpAsync();
        await office.FiguresFillTheTablesAsync();
        await office.As(Figures, "/review");
        await office.Press(Figures, "修改二");
        await office.Press(Figures, "行政许可");
        await office.As(Figures, "19");

        var history = await office.As(Coordinator, "/history 二 3");

        Assert.Contains("📜 二、主动公开 · 3/6 行政许可 的修改记录：", history, StringComparison.Ordinal);
        Assert.Contains("用户3003：二、主动公开 · 3/6 行政许可：（空） → 18", history, StringComparison.Ordinal);
        Assert.Contains("用户3003：二、主动公开 · 3/6 行政许可：18 → 19", history, StringComparison.Ordinal);
        Assert.Contains("18 → 19", await office.As(Figures, "/history"), StringComparison.Ordinal);
        Assert.Contains("还没有修改记录。", await office.As(Writer, "/history"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryShowsTheNewestTwentyChangesThePersonMaySeeOldestFirst()
    {
        await office.SetUpAsync();
        var report = (await office.Chat.ConversationAsync()).ReportId!.Value;
        // 25 changes of a figure (Figures' part) between 25 of a paragraph (Writer's part).
        await using (var s = await office.Chat.Store.BeginAsync(CancellationToken.None))
        {
            for (var i = 1; i <= 25; i++)
            {
                await s.SaveAnswersAsync(report, [new("s1.intro", null, $"第{i}稿")], Writer, office.Clock.GetUtcNow(), CancellationToken.None);
                await s.SaveAnswersAsync(report, [new("t2.5.permit.decisions", i == 1 ? null : $"{i - 1}", $"{i}")], Figures, office.Clock.GetUtcNow(), CancellationToken.None);
            }
            await s.CommitAsync(CancellationToken.None);
        }

        var lines = (await office.As(Figures, "/history")).Split('\n').Skip(1).ToList();

        Assert.Equal(20, lines.Count);
        Assert.All(lines, l => Assert.Contains("行政许可", l, StringComparison.Ordinal));
        Assert.EndsWith("5 → 6", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("24 → 25", lines[^1], StringComparison.Ordinal);
    }
}
