using System.Diagnostics;
using ReportBot.Channels;
using ReportBot.Conversations;

namespace ReportBot.Benchmarks;

/// <summary>
/// <c>/status</c> as the paged summary over a city's reports (issue 12: the first page in under 50 ms in process):
/// the first page, a filtered first page, and the press that turns to the next page, each with how many Telegram
/// messages its reply becomes.
/// </summary>
internal static class StatusPagesBenchmark
{
    public const string Mode = "status-pages";

    private const long Coordinator = 1;
    private const int Warmup = 40;

    public static async Task RunAsync(int reports, int repeats)
    {
        await using var host = await BenchHost.StartAsync();
        await host.AdmitAsync(Coordinator);
        await ChatScript.Seed.RunAsync(host.Service, Coordinator, ChatScript.SeedAgency, countAllocations: false);
        await ReportClones.CloneAsync(host, reports, Coordinator);
        foreach (var (figure, text) in new[] { ("first page", "/status"), ("filtered first page (/status 未开始)", "/status 未开始") })
        {
            var (times, cpu, messages) = await TimeAsync(repeats, () => Message(text));
            Console.WriteLine(Stats.Row($"/status {figure}, {reports:N0} reports ({messages} message, CPU p50 {cpu:F1} ms)", times));
        }
        var first = await host.Service.HandleAsync(Message("/status"), CancellationToken.None);
        var next = first.SelectMany(r => r.AllButtons).First(b => b.Label == StatusTexts.Next).Choice;
        var (pressTimes, pressCpu, pressMessages) = await TimeAsync(repeats, () => new IncomingMessage("bench", Coordinator, Coordinator, Choice: next, UpdateId: BenchHost.NextUpdateId()));
        Console.WriteLine(Stats.Row($"/status next page (a button), {reports:N0} reports ({pressMessages} message, CPU p50 {pressCpu:F1} ms)", pressTimes));

        await ExportBesideAnotherChatAsync(host, reports);

        // Wall time, and the process's CPU time: on a shared machine the first waits for cores, the second does not.
        async Task<(List<double> Sorted, double CpuMedian, int Messages)> TimeAsync(int n, Func<IncomingMessage> message)
        {
            var times = new List<double>();
            var cpu = new List<double>();
            var messages = 0;
            using var process = Process.GetCurrentProcess();
            for (var i = 0; i < n + Warmup; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var replies = await host.Service.HandleAsync(message(), CancellationToken.None);
                var wall = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                // The first runs warm the JIT (tiered compilation recompiles hot methods after 30 calls) and SQLite's page cache.
                if (i >= Warmup)
                {
                    times.Add(wall);
                    cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
                messages = replies.Sum(r => TelegramText.Split(r.Text).Count);
            }
            return ([.. times.Order()], Stats.At([.. cpu.Order()], 0.5), messages);
        }
    }

    /// <summary>
    /// <c>/export</c> builds every report's .docx; other chats fill their reports meanwhile. Their messages' time
    /// shows whether the export holds the write turn (they would wait for all of it) or builds outside it.
    /// </summary>
    private static async Task ExportBesideAnotherChatAsync(BenchHost host, int reports)
    {
        var watch = Stopwatch.StartNew();
        var ended = DateTime.MaxValue;
        var export = Task.Run(async () =>
        {
            var zip = await host.Service.HandleAsync(Message("/export"), CancellationToken.None);
            ended = DateTime.UtcNow;
            return zip;
        });
        var samples = new List<MessageSample>();
        for (var user = OtherChats; !export.IsCompleted; user++)
        {
            await host.AdmitAsync(user);
            samples.AddRange(await ChatScript.Seed.RunAsync(host.Service, user, $"导出期间{user}", countAllocations: false));
        }
        var replies = await export;
        var exported = watch.Elapsed.TotalMilliseconds;
        var during = samples.Where(s => s.Started < ended).Select(s => s.Ms).Order().ToList();
        Console.WriteLine(Stats.Row($"/export of {reports:N0} reports ({exported:F0} ms, {replies.Count(r => r.Document is not null)} zip): another chat's messages meanwhile", during));
    }

    private const long OtherChats = 50_000;

    private static IncomingMessage Message(string text) => new("bench", Coordinator, Coordinator, Text: text, UpdateId: BenchHost.NextUpdateId());
}
