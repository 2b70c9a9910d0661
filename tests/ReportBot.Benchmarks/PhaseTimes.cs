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
        ActivityStopped = a =>
        {
            if (SqlProfiler.Current is { } sample)
                lock (sample.Phases) sample.Phases[a.OperationName] = sample.Phases.GetValueOrDefault(a.OperationName) + a.Duration.TotalMilliseconds;
        },
    };

    public PhaseTimes() => ActivitySource.AddActivityListener(listener);

    public void Dispose() => listener.Dispose();
}
