namespace ReportBot.Benchmarks;

/// <summary>One message handled by the service, as the benchmark saw it.</summary>
internal sealed class MessageSample(string kind, string prompt)
{
    /// <summary>text, press, zero (全部为0), command, or confirm (the press that submits).</summary>
    public string Kind { get; } = kind;

    /// <summary>The reply the user answered, so a step can be found by the question it answered.</summary>
    public string Prompt { get; } = prompt;

    public double Ms { get; set; }

    public long AllocatedBytes { get; set; }

    /// <summary>Statements SQLite ran for this message (every PRAGMA, BEGIN and COMMIT included).</summary>
    public int Statements { get; set; }

    /// <summary>The statements' text, when <see cref="SqlProfiler.KeepText"/> is on (the <c>statements</c> mode).</summary>
    public List<string> Sql { get; } = [];

    /// <summary>Time spent waiting for the write turn: the in-process queue plus SQLite's BEGIN IMMEDIATE.</summary>
    public long WaitNs { get; set; }

    public bool Failed { get; set; }

    public long? UpdateId { get; set; }

    /// <summary>When it was handled (UTC), to find the GC pauses that fell inside it.</summary>
    public DateTime Started { get; set; }

    /// <summary>Milliseconds SQLite's profiler gave the COMMIT (whole milliseconds: a checkpoint inside it shows).</summary>
    public double CommitMs { get; set; }

    /// <summary>Milliseconds of GC pauses inside this message.</summary>
    public double GcMs { get; set; }

    /// <summary>Milliseconds per step of the service (its <c>MessagePhases</c> activities), when it reports them.</summary>
    public Dictionary<string, double> Phases { get; } = new(StringComparer.Ordinal);

    /// <summary>Bytes allocated per step, when <see cref="PhaseTimes.CountAllocations"/> is on.</summary>
    public Dictionary<string, long> Allocated { get; } = new(StringComparer.Ordinal);
}
