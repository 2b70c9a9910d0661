using System.Diagnostics.Tracing;
using System.Globalization;
using ReportBot.Core.Interviews;

namespace ReportBot.Benchmarks;

/// <summary>
/// What the interview allocates, by type: the runtime's allocation ticks (one per ~100 KB allocated, naming the
/// type that crossed it) summed over the in-memory replay of the non-zero script. A sample, not a count, but over
/// thousands of messages it says where a message's kilobytes go. Run: <c>-- alloc-types</c>.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    public const string Mode = "alloc-types";

    private readonly Dictionary<string, long> bytes = new(StringComparer.Ordinal);
    private volatile bool counting;

    public static void Run(InterviewContext context)
    {
        using var types = new AllocationTypes();
        InterviewReplay.Run(context, ChatScript.NonZero, 20);
        types.counting = true;
        InterviewReplay.Run(context, ChatScript.NonZero, 400);
        types.counting = false;
        Console.WriteLine("\n| KB (sampled) | type |\n|---|---|");
        lock (types.bytes)
            foreach (var (type, total) in types.bytes.OrderByDescending(x => x.Value).Take(25))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {total / 1024:N0} | `{type}` |"));
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        // Keyword 0x1 is the runtime's GC keyword; allocation ticks are among its verbose events.
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!counting || e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.PayloadNames is not { } names) return;
        var type = (string?)e.Payload![names.IndexOf("TypeName")] ?? "?";
        var amount = Convert.ToInt64(e.Payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        lock (bytes) bytes[type] = bytes.GetValueOrDefault(type) + amount;
    }
}
