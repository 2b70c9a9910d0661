namespace ReportBot.Core.Interviews;

/// <summary>Which report is another's last year, written once: the same 机关, the year before.</summary>
public static class LastYearPairing
{
    public static int YearBefore(int year) => year - 1;

    /// <summary>
    /// Whether a report of <paramref name="agency"/> and <paramref name="year"/> can be last year's for
    /// <paramref name="thisAgency"/> and <paramref name="thisYear"/>; what a published report does not say is not held against it.
    /// </summary>
    public static bool IsLastYearOf(string? agency, int? year, string? thisAgency, int? thisYear) =>
        (agency is null || thisAgency is null || agency == thisAgency) && (year is null || thisYear is null || year == YearBefore(thisYear.Value));
}
