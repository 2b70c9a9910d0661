using System.Diagnostics;
using ReportBot.Core.Answers;
using ReportBot.Core.Documents;
using ReportBot.Core.Interviews;

namespace ReportBot.Benchmarks;

/// <summary>The work on a finished report outside the store: the review screen and the documents.</summary>
internal static class DocumentBenchmark
{
    public static void Run(InterviewContext context, IReadOnlyDictionary<string, string> saved)
    {
        // Each text new, as a person's is: the rules' memo of figures read from a text does not carry over.
        var typed = 0;
        var answers = new AnswerSet(saved);
        var report = new ReportInfo(1, ChatScript.SeedAgency, 2023, ReportStatus.Submitted);
        Measure("Interview.Review() on the seed", 200, 1000, () =>
            new Interview(context, new ConversationState { ReportId = 1, State = InterviewState.Answering }, answers, report, null).Review());
        // Of which: every rule over the whole report (a fresh answer set each time, so no memo carries over).
        Measure("  of which: every rule over the seed", 200, 1000, () =>
            GC.KeepAlive(context.Rules.Evaluate(ReportBot.Core.Rules.RuleInput.From(context.Format, new AnswerSet(saved)))));
        // What every message pays before its intent runs: the interview (its configured machine is lent per intent; until
        // 2026-12-02 each interview configured its own, the row's old label "its Stateless machine configured").
        Measure("new Interview", 200, 1000, () =>
            GC.KeepAlive(new Interview(context, new ConversationState { ReportId = 1, State = InterviewState.Answering }, answers, report, null)));
        // What the submit confirm says in the chat: the whole report as text (built inside the write turn).
        // A message's own work in memory, no store: a text answer (its rules, the next question's screen) and a row of
        // table 三 typed as six figures.
        Measure("Interview.Answer: a text (s1.platform)", 200, 1000, () =>
            GC.KeepAlive(new Interview(context, new ConversationState { ReportId = 1, State = InterviewState.Answering, QuestionId = "s1.platform" }, new AnswerSet(saved), report with { Status = ReportStatus.Open }, null)
                .Answer($"（四）平台建设方面。网站运行平稳，全年发布信息{++typed}条，政务新媒体按时更新。")));
        var partial = saved.Where(a => a.Key is "s1.intro" or "s1.active" or "s1.request" or "s1.management").ToDictionary();
        Measure("Interview.Answer: a text (s1.platform), partial", 200, 1000, () =>
            GC.KeepAlive(new Interview(context, new ConversationState { ReportId = 1, State = InterviewState.Answering, QuestionId = "s1.platform" }, new AnswerSet(partial), report with { Status = ReportStatus.Open }, null)
                .Answer($"（四）平台建设方面。网站运行平稳，全年发布信息{++typed}条，政务新媒体按时更新。")));
        Measure("Interview.Answer: the seed's s1.active, partial", 200, 1000, () =>
            GC.KeepAlive(new Interview(context, new ConversationState { ReportId = 1, State = InterviewState.Answering, QuestionId = "s1.active" }, new AnswerSet(partial), report with { Status = ReportStatus.Open }, null)
                .Answer(saved["s1.active"] + (++typed))));
        Measure("seed as chat text: model + text", 200, 1000, () => GC.KeepAlive(ReportTextWriter.Write(ReportDocumentBuilder.Build(context, report, answers))));
        Measure("seed document: model + .docx in memory", 50, 200, () => DocxWriter.Write(ReportDocumentBuilder.Build(context, report, answers)));
        Measure("draft snapshot: model + rules appendix + .docx", 50, 200, () => DocxWriter.Write(ReportDocumentBuilder.Build(context, report, answers, DateTimeOffset.UtcNow)));
    }

    private static void Measure(string what, int warmUp, int runs, Action action)
    {
        // Warm first, so tiered JIT compilation is not measured as the work itself.
        for (var i = 0; i < warmUp; i++) action();
        var ms = new List<double>();
        var allocated = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            action();
            ms.Add(watch.Elapsed.TotalMilliseconds);
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - bytes);
        }
        Console.WriteLine(Stats.Row(what, ms.Order().ToList(), $"{Stats.Median(allocated.Select(b => b / 1024.0))} KB allocated (median)"));
    }
}
