using System.Text.RegularExpressions;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Interviews;

/// <summary>Which cells a "rest is 0" answer covers: the table's own shortcut, its current group, or the whole table.</summary>
internal enum ZeroScope { Default, Group, Table }

/// <summary>
/// Every way a person types what the 全为0 buttons say: 全为0, 其余全为0, 全部0, 全部为0, 本组其余全为0, 本表都是0 ….
/// A bare 0 is not among them: it answers the row.
/// </summary>
internal static partial class ZeroWords
{
    public static ZeroScope? Scope(string text)
    {
        var s = NumberParser.Normalize(text).Replace(" ", "", StringComparison.Ordinal).TrimEnd('。', '.', '!', '！');
        var m = Pattern().Match(s);
        if (!m.Success || m.Length == 1) return null;
        return m.Groups["scope"].Value switch
        {
            "本组" => ZeroScope.Group,
            "本表" or "整表" => ZeroScope.Table,
            _ => ZeroScope.Default,
        };
    }

    [GeneratedRegex("^(?<scope>本组|本表|整表)?(?:其余|剩余|剩下的?|其他)?(?:的)?(?:全部|全|都|均)?(?:为|是|填)?(?:0|零)$")]
    private static partial Regex Pattern();
}
