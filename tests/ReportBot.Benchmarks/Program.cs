using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Conversations;
using ReportBot.Core.Answers;
using ReportBot.Core.Documents;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Documents;
using ReportBot.Hosting;
using ReportBot.Storage;

// Prints figures; measures nothing that a test asserts. Run: dotnet run -c Release --project tests/ReportBot.Benchmarks
var context = new InterviewContext(ReportFormatLoader.Load(Path.Combine(AppContext.BaseDirectory, "config", "report-format-2021.json")));
var chatLines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jiaozuo-2023.chat.txt"));
var documents = new ReportDocuments(context, TimeProvider.System);
Console.WriteLine($"ReportBot benchmarks — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

// 1. The seed report filled through the real conversation service on a real SQLite file (WAL, synchronous=FULL).
var perMessage = new List<double>();
var db = Path.Combine(Path.GetTempPath(), $"reportbot-bench-{Guid.NewGuid():N}.db");
const int Rounds = 20;
for (var round = 0; round < Rounds; round++)
{
    // The program's own composition, started as the program starts it (migrations included).
    var builder = ReportBotHost.CreateBuilder([new("Storage:Path", db)]);
    builder.Logging.ClearProviders();
    builder.AddReportBot();
    using var host = builder.Build();
    await host.StartAsync();
    var store = host.Services.GetRequiredService<ReportStore>();
    var service = host.Services.GetRequiredService<ConversationService>();
    var userId = 5000 + round;
    await using (var s = await store.BeginAsync(CancellationToken.None))
    {
        await s.AddPersonAsync(new Person(userId, "bench", Roles.Coordinator), DateTimeOffset.UtcNow, CancellationToken.None);
        await s.CommitAsync(CancellationToken.None);
    }
    IReadOnlyList<Reply> last = [];
    foreach (var line in chatLines)
    {
        // Each round files its own agency, so every round fills a fresh report.
        var text = line == "焦作市人防办" ? $"基准测试局{round}" : line;
        var buttons = last.SelectMany(r => r.AllButtons).ToList();
        var message = text.StartsWith('#')
            ? new IncomingMessage("bench", userId, userId, Choice: buttons[int.Parse(text[1..], CultureInfo.InvariantCulture) - 1].Choice)
            : new IncomingMessage("bench", userId, userId, Text: text);
        var watch = Stopwatch.StartNew();
        last = await service.HandleAsync(message, CancellationToken.None);
        perMessage.Add(watch.Elapsed.TotalMilliseconds);
    }
}
Print($"conversation: one message handled and committed ({Rounds} seed reports, {perMessage.Count} messages)", perMessage.Skip(chatLines.Length).ToList());

// 2. The finished seed document: model and .docx, in memory.
var answers = new AnswerSet();
await using (var s = await new ReportStore(db).ReadAsync(CancellationToken.None))
    foreach (var (k, v) in await s.AnswersAsync(1, CancellationToken.None)) answers.Set(k, v);
var report = new ReportInfo(1, "焦作市人防办", 2023, ReportStatus.Submitted);
// Warm both paths first, so tiered JIT compilation is not measured as document time.
for (var i = 0; i < 200; i++)
{
    DocxWriter.Write(ReportDocumentBuilder.Build(context, report, answers));
    DocxWriter.Write(ReportDocumentBuilder.Build(context, report, answers, DateTimeOffset.UtcNow));
}
var docx = new List<double>();
var size = 0;
for (var i = 0; i < 300; i++)
{
    var watch = Stopwatch.StartNew();
    size = DocxWriter.Write(ReportDocumentBuilder.Build(context, report, answers)).Length;
    docx.Add(watch.Elapsed.TotalMilliseconds);
}
Print($"seed document: model + .docx in memory ({size / 1024.0:0.0} KB, 300 builds)", docx);
var draft = new List<double>();
for (var i = 0; i < 300; i++)
{
    var watch = Stopwatch.StartNew();
    DocxWriter.Write(ReportDocumentBuilder.Build(context, report, answers, DateTimeOffset.UtcNow));
    draft.Add(watch.Elapsed.TotalMilliseconds);
}
Print("draft snapshot: model + rules appendix + .docx (300 builds)", draft);

// 3. The interview alone, no store: a machine built from the saved state and one row answered, as every message does.
var atPermit = new ConversationState { State = InterviewState.Answering, ReportId = 1, QuestionId = "t2.5.permit" };
var machineOnly = new List<double>();
for (var i = 0; i < 2300; i++)
{
    var watch = Stopwatch.StartNew();
    new Interview(context, atPermit, new AnswerSet(answers.Values), report with { Status = ReportStatus.Open }).Answer("18");
    if (i >= 300) machineOnly.Add(watch.Elapsed.TotalMilliseconds);
}
Print("interview: machine built, one row answered and its rules checked, in memory (2000 runs)", machineOnly);

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);

static void Print(string what, List<double> ms)
{
    ms.Sort();
    double At(double q) => ms[Math.Min(ms.Count - 1, (int)(q * ms.Count))];
    Console.WriteLine($"{what}\n  median {At(0.5):0.000} ms   p95 {At(0.95):0.000} ms   max {ms[^1]:0.000} ms   mean {ms.Average():0.000} ms");
}
