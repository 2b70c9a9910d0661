using System.Diagnostics;
using ReportBot.Channels;
using ReportBot.Conversations;

namespace ReportBot.Benchmarks;

/// <summary>
/// <c>/status</c> over many reports: its time, how many Telegram messages its replies become, and what happens
/// to another chat's answer sent while it runs.
/// </summary>
internal static class StatusBenchmark
{
    private const long Coordinator = 1;
    private const long Other = 2;

    public static async Task RunAsync(int reports, int repeats)
    {
        await using var host = await BenchHost.StartAsync();
        await host.AdmitAsync(Coordinator);
        await host.AdmitAsync(Other);
        await ChatScript.Seed.RunAsync(host.Service, Coordinator, ChatScript.SeedAgency, countAllocations: false);
        await ReportClones.CloneAsync(host, reports, Coordinator);
        var times = new List<double>();
        var others = new List<MessageSample>();
        int messages = 0, chars = 0, statements = 0;
        for (var i = 0; i < repeats; i++)
        {
            var sample = new MessageSample("command", "");
            var status = Task.Run(async () =>
            {
                SqlProfiler.Current = sample;
                var watch = Stopwatch.StartNew();
                var replies = await host.Service.HandleAsync(new IncomingMessage("bench", Coordinator, Coordinator, Text: "/status", UpdateId: BenchHost.NextUpdateId()), CancellationToken.None);
                sample.Ms = watch.Elapsed.TotalMilliseconds;
                return replies;
            });
            // Another coordinator's message, sent while /status runs: it must not wait for it.
            await Task.Delay(5);
            others.AddRange(await new ChatScript("other", [i % 2 == 0 ? "/help" : "/new"]).RunAsync(host.Service, Other, "", countAllocations: false));
            var replies = await status;
            times.Add(sample.Ms);
            messages = replies.Sum(r => TelegramText.Split(r.Text).Count);
            chars = replies.Sum(r => r.Text.Length);
            statements = sample.Statements;
        }
        var sorted = times.Order().ToList();
        Console.WriteLine(Stats.Row($"/status, {reports:N0} reports ({messages} messages, {chars:N0} chars, {statements} statements)", sorted));
        Console.WriteLine(Stats.LatencyRow($"  another chat's message during that /status", others));
        await ListAsync(host, reports, repeats);
    }

    // The coordinator's /reports (and /start with no report open): the report list.
    private static async Task ListAsync(BenchHost host, int reports, int repeats)
    {
        var times = new List<double>();
        int messages = 0, chars = 0;
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            var replies = await host.Service.HandleAsync(new IncomingMessage("bench", Coordinator, Coordinator, Text: "/reports", UpdateId: BenchHost.NextUpdateId()), CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            messages = replies.Sum(r => TelegramText.Split(r.Text).Count);
            chars = replies.Sum(r => r.Text.Length);
        }
        Console.WriteLine(Stats.Row($"/reports, {reports:N0} reports ({messages} messages, {chars:N0} chars)", times.Order().ToList()));
    }
}
