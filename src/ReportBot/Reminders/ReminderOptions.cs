namespace ReportBot.Reminders;

/// <summary>Deadline reminders (section <c>Reminders</c>). Validated at start: a bad value stops the bot with its name.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Whether the bot sends reminders at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Days before the deadline a reminder goes out, e.g. 10, 3, 1 (whole days, 0 = on the day itself).</summary>
    public int[] DaysBefore { get; set; } = [];

    /// <summary>One more reminder and digest the day after a missed deadline.</summary>
    public bool AfterDeadline { get; set; } = true;

    /// <summary>How often the scheduler looks for reminders due (minutes).</summary>
    public int CheckMinutes { get; set; } = 5;

    /// <summary>The thresholds in days before the deadline (−1: the day after it), most distant first.</summary>
    public IReadOnlyList<int> Thresholds => [.. DaysBefore.Distinct().OrderDescending(), .. AfterDeadline ? new[] { -1 } : []];

    /// <summary>What is wrong with these settings, in one line naming the setting, or null.</summary>
    public string? Problem() =>
        DaysBefore.Length == 0 ? $"{Section}:DaysBefore is empty: give the days before the deadline to remind, e.g. \"DaysBefore\": [10, 3, 1]."
        : DaysBefore.FirstOrDefault(d => d is < 0 or > 365) is var bad && DaysBefore.Any(d => d is < 0 or > 365) ? $"{Section}:DaysBefore must be whole days from 0 to 365; got {bad}."
        : CheckMinutes is < 1 or > 1440 ? $"{Section}:CheckMinutes must be from 1 to 1440; got {CheckMinutes}."
        : null;
}
