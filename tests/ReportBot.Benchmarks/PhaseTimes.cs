using System.Diagnostics;

namespace ReportBot.Benchmarks;

/// <summary>
/// Listens to the service's per-step activities (source "ReportBot.Messages") and adds each step's time to the
/// message being measured. Found by name, so the program also builds against code that has no such source.
/// </summary>
internal sealed class PhaseTimes : IDisposable
{
    private readonly ActivityListener listener = new()
    {
        ShouldListenTo = s => s.Name == "ReportBot.Messages",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        ActivityStarted = a =>
        {
            if (CountAllocations) a.SetCustomProperty(AllocatedAtStart, GC.GetTotalAllocatedBytes(precise: true));
        },
        ActivityStopped = a =>
        {
            if (SqlProfiler.Current is not { } sample) return;
            lock (sample.Phases)
            {
                sample.Phases[a.OperationName] = sample.Phases.GetValueOrDefault(a.OperationName) + a.Duration.TotalMilliseconds;
                if (a.GetCustomProperty(AllocatedAtStart) is long start)
                    sample.Allocated[a.OperationName] = sample.Allocated.GetValueOrDefault(a.OperationName) + GC.GetTotalAllocatedBytes(precise: true) - start;
            }
        },
    };

    private const string AllocatedAtStart = "reportbot.allocated-at-start";

    /// <summary>Also count the bytes allocated in each step (process-wide: meaningful with one chat at a time).</summary>
    public static bool CountAllocations { get; set; }

    public PhaseTimes() => ActivitySource.AddActivityListener(listener);

    public void Dispose() => listener.Dispose();
}
