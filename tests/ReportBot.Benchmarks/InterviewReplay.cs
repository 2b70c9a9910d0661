using System.Diagnostics;
using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;

namespace ReportBot.Benchmarks;

/// <summary>
/// The interview's own work per message, without the store: a script replayed over in-memory interviews, each
/// message on a new interview and answer set as the service loads them. The store's steps are measured elsewhere;
/// this is the "route" step alone, in a quiet process, per kind of message.
/// </summary>
internal static class InterviewReplay
{
    public static void Run(InterviewContext context, ChatScript script, int rounds)
    {
        // Warm first, so tiered compilation is not measured as the work itself.
        for (var i = 0; i < 20; i++) ReplayOnce(context, script, null, idle: false);
        var byKind = new Dictionary<string, (List<double> Ms, List<double> Kb)>(StringComparer.Ordinal);
        for (var i = 0; i < rounds; i++) ReplayOnce(context, script, byKind, idle: false);
        foreach (var (kind, (ms, kb)) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            Console.WriteLine(Stats.Row($"{script.Name}, in memory: {kind}", ms.Order().ToList(), $"{Stats.Median(kb)} KB allocated (median)"));
        Console.WriteLine(Stats.Row($"{script.Name}, in memory: every message", Every(byKind), ""));
        // In the service a message follows a commit's fsync wait, and the thread was idle: the same work, after 1 ms asleep.
        var afterIdle = new Dictionary<string, (List<double> Ms, List<double> Kb)>(StringComparer.Ordinal);
        for (var i = 0; i < rounds / 4; i++) ReplayOnce(context, script, afterIdle, idle: true);
        Console.WriteLine(Stats.Row($"{script.Name}, in memory: every message, each after 1 ms idle", Every(afterIdle), ""));
    }

    private static List<double> Every(Dictionary<string, (List<double> Ms, List<double> Kb)> byKind) => byKind.Values.SelectMany(v => v.Ms).Order().ToList();

    private static void ReplayOnce(InterviewContext context, ChatScript script, Dictionary<string, (List<double> Ms, List<double> Kb)>? byKind, bool idle)
    {
        // Named and bound as the router binds a new report; the script's first three lines (/new, the name, the year) name it.
        var report = new ReportInfo(1, ChatScript.SeedAgency, 2023, ReportStatus.Open);
        var opening = new Interview(context, new ConversationState(), new AnswerSet(new Dictionary<string, string>()), null);
        var outcome = opening.Open(new BoundReport(report, new AnswerSet(new Dictionary<string, string>()), null));
        var state = opening.Conversation;
        IReadOnlyDictionary<string, string> saved = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<Reply> last = outcome.Replies;
        var previous = "";
        foreach (var line in script.Lines.Skip(3))
        {
            var kind = line.StartsWith('#') && previous == "/submit" ? "confirm" : line.StartsWith('#') ? "press" : line == "全部为0" ? "zero" : line.StartsWith('/') ? "command" : "text";
            previous = line;
            if (idle) Thread.Sleep(1);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var answers = new AnswerSet(saved);
            var interview = new Interview(context, state, answers, report, null);
            var said = line switch
            {
                "/submit" => interview.Submit(),
                _ when line.StartsWith('#') => interview.Choose(last.SelectMany(r => r.AllButtons).ElementAt(int.Parse(line[1..], CultureInfo.InvariantCulture) - 1).Choice),
                _ => interview.Answer(line),
            };
            var ms = watch.Elapsed.TotalMilliseconds;
            var kb = (GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0;
            if (byKind is not null)
            {
                if (!byKind.TryGetValue(kind, out var samples)) byKind[kind] = samples = ([], []);
                samples.Ms.Add(ms);
                samples.Kb.Add(kb);
            }
            last = said.Replies;
            state = interview.Conversation;
            saved = answers.Values.ToDictionary(StringComparer.Ordinal);
            report = report with { Status = interview.StatusChange ?? report.Status };
        }
        if (report.Status != ReportStatus.Submitted) throw new InvalidOperationException($"the {script.Name} replay did not submit: {string.Join(" / ", last.Select(r => r.Text))}");
    }
}
