using System.ComponentModel.DataAnnotations;

namespace ReportBot.Hosting;

/// <summary>The coordinator's overview (section <c>Status</c>).</summary>
public sealed class StatusOptions
{
    public const string Section = "Status";

    /// <summary>An unfinished report nobody worked on for this many days is listed as stuck (停滞).</summary>
    [Range(1, 365, ErrorMessage = "Status:StuckDays must be from 1 to 365.")]
    public int StuckDays { get; set; } = 7;
}
