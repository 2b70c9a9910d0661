using ReportBot.Channels;
using ReportBot.Core.Interviews;
using ReportBot.Documents;
using ReportBot.Tests.Storage;

namespace ReportBot.Tests.Documents;

/// <summary>
/// A document promised to several people (a finished report, to every coordinator) is stored once: the first row
/// carries its job, the other copies name it, and the first row outlives its pruning while a copy is unsent.
/// </summary>
public sealed class DocumentCopiesTests : IDisposable
{
    private readonly TempStoreFile file = new("copies");

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task TheCopiesOfAPromisedDocumentNameTheJobTheFirstRowCarries()
    {
        await using var store = new ReportBot.Storage.ReportStore(file.Path);
        await store.MigrateAsync(CancellationToken.None);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal) { ["s1.intro"] = "本年度工作概述。" };
        var job = new DocumentJob(ChatDriver.Context.Format.Id, new ReportInfo(1, "测试局", 2023, ReportStatus.Submitted), answers, null, false, false, DateTimeOffset.UtcNow, "测试局.docx");
        var promised = new PromisedDocument(job);
        Reply[] replies = [new("📎 正式报告文件。", [], promised), new("📬 已提交", [], promised, 2), new("📬 已提交", [], promised, 3)];
        await using (var write = await store.BeginAsync(CancellationToken.None))
        {
            await new TelegramOutbox(TimeProvider.System).AddRepliesAsync(write, 1, 900_003, null, null, replies, CancellationToken.None);
            await write.CommitAsync(CancellationToken.None);
        }

        await using (var read = await store.ReadAsync(CancellationToken.None))
        {
            var rows = new List<OutgoingDocument>();
            foreach (var chat in new long[] { 1, 2, 3 })
                rows.AddRange((await read.NextOutboxRunAsync(chat, DateTimeOffset.UtcNow.AddMinutes(1), 10, CancellationToken.None)).Select(r => Outgoing.FromJson(r.Body)).OfType<OutgoingDocument>());
            Assert.Equal(3, rows.Count);
            Assert.Equal(job.Id, rows[0].Job!.Id);
            Assert.All(rows.Skip(1), copy => Assert.Null(copy.Job));
            Assert.All(rows.Skip(1), copy => Assert.Equal(job.Id, copy.JobId));
            var carried = Assert.IsType<OutgoingDocument>(Outgoing.FromJson((await read.OutboxJobCarrierAsync(job.Id, CancellationToken.None))!)).Job!;
            Assert.Equal(answers, carried.Answers);
        }

        // The first copy sent and old, the others still unsent: pruning keeps it, since they are built from it.
        await using (var write = await store.BeginAsync(CancellationToken.None))
        {
            var first = Assert.Single(await write.NextOutboxRunAsync(1, DateTimeOffset.UtcNow.AddMinutes(1), 10, CancellationToken.None));
            await write.MarkSentAsync(first.Id, 7, DateTimeOffset.UtcNow, CancellationToken.None);
            await write.PruneOutboxAsync(DateTimeOffset.UtcNow.AddDays(3), CancellationToken.None);
            await write.CommitAsync(CancellationToken.None);
        }
        await using (var read = await store.ReadAsync(CancellationToken.None))
            Assert.Equal(job.Id, (Outgoing.FromJson((await read.OutboxJobCarrierAsync(job.Id, CancellationToken.None))!) as OutgoingDocument)?.Job?.Id);
    }
}
