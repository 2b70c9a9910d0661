using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Documents;

namespace ReportBot.Hosting;

/// <summary>
/// Builds one throw-away document of each kind at start, on a pool thread, so the code that writes .docx and web
/// pages is compiled before the first real submission (the first build in a process takes a few hundred ms). Then
/// collects once: the process's first collections promote everything made at start (about 2 MB), 5–8 ms each in the
/// message benchmark, and they would otherwise fall on the first messages that allocate enough.
/// </summary>
public sealed class DocumentWarmup(ReportFormats formats, ReportDocuments documents, ILogger<DocumentWarmup> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var format = formats.Catalogue.Newest.Id;
        var report = new ReportInfo(0, "预热", DateTime.UtcNow.Year - 1, ReportStatus.Open);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        documents.Docx(format, report, new AnswerSet(), draft: true);
        documents.Html(format, report, new AnswerSet(), draft: true);
        log.LogDebug("Document code warmed in {Ms} ms", watch.ElapsedMilliseconds);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }, stoppingToken);
}
