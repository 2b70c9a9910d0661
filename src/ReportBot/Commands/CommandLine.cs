namespace ReportBot.Commands;

/// <summary>
/// <c>ReportBot COMMAND [operands] [--switch value]… [--flag]</c>: the command (empty when none was given), its
/// operands, and its switches. Every switch but the known flags takes a value, so an operand is never mistaken for one.
/// </summary>
public sealed record CommandLine(string Command, IReadOnlyList<string> Operands, IReadOnlyDictionary<string, string> Switches)
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--json", "--csv" };

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var operands = new List<string>();
        var switches = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (Flags.Contains(args[i])) switches[args[i]] = "true";
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count) switches[args[i]] = args[++i];
            else if (args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"{args[i]} needs a value");
            else operands.Add(args[i]);
        }
        return new CommandLine(operands.Count > 0 ? operands[0] : "", operands.Skip(1).ToList(), switches);
    }

    public string? Switch(string name) => Switches.GetValueOrDefault(name);

    /// <summary>The switches as configuration settings (<c>--db</c> → <c>Storage:Path</c>), for the host builder.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings(IReadOnlyDictionary<string, string> map) =>
        Switches.Where(s => map.ContainsKey(s.Key)).Select(s => KeyValuePair.Create(map[s.Key], (string?)s.Value));
}
