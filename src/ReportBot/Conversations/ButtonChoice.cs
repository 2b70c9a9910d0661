using System.Globalization;
using ReportBot.Core.Interviews;

namespace ReportBot.Conversations;

/// <summary>
/// A button's data on the wire: the conversation version it was sent at, then the choice (<c>12|save</c>).
/// A press whose version is not the current one belongs to a question that has moved on.
/// </summary>
public static class ButtonChoice
{
    public const int MaxBytes = 64;

    /// <summary>The reply with every button's data written at <paramref name="version"/>.</summary>
    public static Reply Versioned(this Reply reply, int version) => reply with
    {
        Buttons = reply.Buttons.Select(row => (IReadOnlyList<Button>)row.Select(b => b with { Choice = Write(version, b.Choice) }).ToList()).ToList(),
    };

    public static string Write(int version, string choice)
    {
        var data = $"{version.ToString(CultureInfo.InvariantCulture)}|{choice}";
        if (System.Text.Encoding.UTF8.GetByteCount(data) > MaxBytes) throw new ArgumentException($"button data over {MaxBytes} bytes: {data}", nameof(choice));
        return data;
    }

    public static bool TryRead(string data, out int version, out string choice)
    {
        var bar = data.IndexOf('|', StringComparison.Ordinal);
        choice = bar < 0 ? "" : data[(bar + 1)..];
        version = 0;
        return bar > 0 && int.TryParse(data.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }
}
