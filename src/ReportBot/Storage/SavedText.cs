using System.Globalization;
using ReportBot.Core.Interviews;

namespace ReportBot.Storage;

/// <summary>
/// A narrative just saved on send, in the draft column (unused outside the draft mode), so its 追加/重写/撤销 and
/// the joining of a split paste survive a restart: <c>questionId|unix ms|appending|cut|=previous</c> (<c>-</c>: none).
/// </summary>
internal static class SavedText
{
    public static string Write(SavedTextDialog s) => string.Join('|',
        s.QuestionId, s.SavedAt?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) ?? "", s.Appending ? "1" : "0", s.Cut ? "1" : "0", s.Previous is null ? "-" : "=" + s.Previous);

    public static SavedTextDialog? Read(string column)
    {
        var parts = column.Split('|', 5);
        if (parts.Length != 5) return null;
        DateTimeOffset? at = long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        return new SavedTextDialog(parts[0], parts[4].StartsWith('=') ? parts[4][1..] : null, at, parts[2] == "1", parts[3] == "1");
    }
}
