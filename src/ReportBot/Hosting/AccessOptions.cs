namespace ReportBot.Hosting;

/// <summary>Who may use the bot: coordinators by Telegram user id (<c>Access:Coordinators:0=123</c>); staff come by invite.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    public IReadOnlyList<long> Coordinators { get; set; } = [];

    /// <summary>How long an invite link stays valid.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 24 * 30)]
    public int InviteHours { get; set; } = 72;
}
