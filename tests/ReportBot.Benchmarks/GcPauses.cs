using System.Diagnostics.Tracing;

namespace ReportBot.Benchmarks;

/// <summary>
/// The runtime's own GC events, in process: each pause is suspend-begin to restart-end, as a profiler would
/// measure it. Collections are counted by generation with <see cref="GC.CollectionCount"/>.
/// </summary>
internal sealed class GcPauses : EventListener
{
    private readonly List<TimeSpan> pauses = [];
    private readonly List<(DateTime From, DateTime To)> intervals = [];
    private DateTime suspended;
    private long finalized;

    /// <summary>Objects the finalizer thread ran a finalizer for (forgotten Dispose calls, mostly).</summary>
    public long Finalized => Interlocked.Read(ref finalized);

    public List<TimeSpan> Take()
    {
        lock (pauses)
        {
            var taken = pauses.ToList();
            pauses.Clear();
            return taken;
        }
    }

    /// <summary>Sets each message's <see cref="MessageSample.GcMs"/>: the pauses that fell inside it.</summary>
    public void Attribute(IEnumerable<MessageSample> samples)
    {
        // The runtime delivers its events a little late: let the last ones arrive.
        Thread.Sleep(200);
        List<(DateTime From, DateTime To)> all;
        lock (pauses) all = intervals.ToList();
        foreach (var s in samples)
        {
            var end = s.Started.AddMilliseconds(s.Ms);
            s.GcMs = all.Where(p => p.To > s.Started && p.From < end)
                .Sum(p => ((p.To < end ? p.To : end) - (p.From > s.Started ? p.From : s.Started)).TotalMilliseconds);
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        // Keyword 0x1 is the runtime's GC keyword; FinalizeObject is among its verbose events.
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName == "FinalizeObject") Interlocked.Increment(ref finalized);
        // The runtime also suspends for other reasons (tiered compilation, the debugger): only GC (1) and GC prep (6) count.
        if (e.EventName?.StartsWith("GCSuspendEEBegin", StringComparison.Ordinal) == true)
            suspended = e.Payload?[0] is uint reason && reason is 1 or 6 ? e.TimeStamp : default;
        else if (e.EventName?.StartsWith("GCRestartEEEnd", StringComparison.Ordinal) == true && suspended != default)
        {
            lock (pauses)
            {
                pauses.Add(e.TimeStamp - suspended);
                intervals.Add((suspended.ToUniversalTime(), e.TimeStamp.ToUniversalTime()));
            }
            suspended = default;
        }
    }
}

/// <summary>Collections and pauses over one stretch of the benchmark.</summary>
internal sealed class GcWindow(GcPauses listener)
{
    private readonly int[] start = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly long finalizedAtStart = listener.Finalized;

    public string Describe(int messages)
    {
        var pauses = listener.Take();
        var counts = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - start[g]).ToArray();
        var perThousand = messages == 0 ? 0 : counts[0] * 1000.0 / messages;
        var max = pauses.Count == 0 ? 0 : pauses.Max(p => p.TotalMilliseconds);
        var total = pauses.Sum(p => p.TotalMilliseconds);
        return $"GC: {counts[0]} collections (gen1 {counts[1]}, gen2 {counts[2]}) = {perThousand:0} per 1,000 messages; pauses seen {pauses.Count}, total {total:0.0} ms, max {max:0.00} ms; objects finalized {listener.Finalized - finalizedAtStart}";
    }
}
