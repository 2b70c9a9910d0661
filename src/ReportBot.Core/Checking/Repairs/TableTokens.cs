using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Checking.Repairs;

/// <summary>
/// A table section's lines as one stream of words, the way text taken from a PDF really is: the labels' text run
/// together in <see cref="Text"/> (normalized, so a label can be found in it across line breaks), and each figure
/// with its place in that text. An item number on a line of its own (<c>5.</c>) is text, not a figure.
/// </summary>
internal sealed partial class TableTokens
{
    private TableTokens(string text, List<(int At, string Figure)> figures)
    {
        Text = text;
        Figures = figures;
    }

    public string Text { get; }

    /// <summary>Every figure in order, with the length of <see cref="Text"/> before it.</summary>
    public IReadOnlyList<(int At, string Figure)> Figures { get; }

    public static TableTokens Of(IEnumerable<ReportLine> lines)
    {
        var text = new StringBuilder();
        var figures = new List<(int, string)>();
        foreach (var line in lines)
        {
            foreach (var word in line.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!ItemNumber().IsMatch(word) && CellValues.Kind(word) == CellKind.Number) figures.Add((text.Length, word));
                else text.Append(LabelText.Normalize(word));
            }
        }
        return new TableTokens(text.ToString(), figures);
    }

    [GeneratedRegex(@"^[0-9]{1,2}[.、．]$")]
    private static partial Regex ItemNumber();
}
