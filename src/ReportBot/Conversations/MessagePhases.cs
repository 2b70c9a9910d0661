using System.Diagnostics;

namespace ReportBot.Conversations;

/// <summary>
/// The steps of handling one message as <see cref="Activity"/>s (OpenTelemetry's spans), so a profiler or the benchmark
/// can see where a slow message spent its time. Without a listener each step costs a null check.
/// </summary>
public static class MessagePhases
{
    public const string SourceName = "ReportBot.Messages";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Started now, stopped when disposed; null (and free) when nobody listens.</summary>
    public static Activity? Start(string phase) => Source.StartActivity(phase, ActivityKind.Internal);
}
