namespace ReportBot.Core.Interviews;

/// <summary>Where a report stands: being written, or submitted (its finished document matches its answers).</summary>
public enum ReportStatus
{
    Open,
    Submitted,
}

/// <summary>The status as files and the store spell it (<c>open</c>, <c>submitted</c>).</summary>
public static class ReportStatusNames
{
    public static string Name(this ReportStatus status) => status == ReportStatus.Submitted ? "submitted" : "open";

    public static ReportStatus? Parse(string? name) => name switch
    {
        "submitted" => ReportStatus.Submitted,
        "open" => ReportStatus.Open,
        _ => null,
    };
}
