namespace ReportBot.Core.Interviews;

/// <summary>Where a report stands: being written, or submitted (its finished document matches its answers).</summary>
public enum ReportStatus
{
    Open,
    Submitted,

    /// <summary>Sent back by a coordinator with comments; staff fix and resubmit (see Reviews.ReportLifecycle).</summary>
    Returned,

    /// <summary>Approved by a coordinator (定稿): the only state whose document is final under review.</summary>
    Approved,
}

/// <summary>The status as files and the store spell it (<c>open</c>, <c>submitted</c>).</summary>
public static class ReportStatusNames
{
    public static string Name(this ReportStatus status) => status switch
    {
        ReportStatus.Submitted => "submitted",
        ReportStatus.Returned => "returned",
        ReportStatus.Approved => "approved",
        _ => "open",
    };

    public static ReportStatus? Parse(string? name) => name switch
    {
        "submitted" => ReportStatus.Submitted,
        "open" => ReportStatus.Open,
        "returned" => ReportStatus.Returned,
        "approved" => ReportStatus.Approved,
        _ => null,
    };
}
