namespace ReportBot.Core.Deadlines;

/// <summary>China Standard Time (UTC+8, no daylight saving) and the hours nobody is disturbed.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Quiet hours: from 22:00 to 08:00 China time nothing is sent that can wait.</summary>
    public const int QuietFrom = 22, QuietUntil = 8;

    public static DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    public static bool IsQuiet(DateTimeOffset instant) => Local(instant).Hour is >= QuietFrom or < QuietUntil;

    /// <summary>The first moment at or after <paramref name="instant"/> outside quiet hours.</summary>
    public static DateTimeOffset NextAllowed(DateTimeOffset instant)
    {
        if (!IsQuiet(instant)) return instant;
        var local = Local(instant);
        var morning = new DateTimeOffset(local.Date.AddHours(QuietUntil), Offset);
        return morning >= local ? morning : morning.AddDays(1);
    }
}
