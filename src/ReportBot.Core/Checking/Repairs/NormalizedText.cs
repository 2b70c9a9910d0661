using System.Text;

namespace ReportBot.Core.Checking.Repairs;

/// <summary>
/// A raw line in the normalized form labels are compared in (<see cref="LabelText.Normalize"/>), with the position in
/// the raw line of every normalized character, so a label found in the normalized text can be cut out of the raw one.
/// </summary>
internal sealed class NormalizedText
{
    private const char Placeholder = '\uFFFC';

    private readonly int[] rawIndex;

    private NormalizedText(string raw, string text, int[] rawIndex)
    {
        Raw = raw;
        Text = text;
        this.rawIndex = rawIndex;
    }

    public string Raw { get; }

    public string Text { get; }

    /// <summary>Null in the unexpected case that numbering changed the text's length: such a line is left as it is.</summary>
    public static NormalizedText? Of(string raw)
    {
        var kept = new StringBuilder(raw.Length);
        var index = new List<int>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var one = LabelText.Normalize(raw[i].ToString());
            if (one.Length == 0) continue;
            // A character that normalizes to several (… → ...) is in no label: it stands as one placeholder.
            kept.Append(one.Length == 1 ? one[0] : Placeholder);
            index.Add(i);
        }
        // Numbering (1、 → 1.) depends on neighbours: normalize the whole, which keeps the length.
        var text = LabelText.Normalize(kept.ToString());
        return text.Length == kept.Length ? new NormalizedText(raw, text, [.. index]) : null;
    }

    /// <summary>The raw position of the normalized character at <paramref name="at"/> (the raw length past the end).</summary>
    public int RawAt(int at) => at < rawIndex.Length ? rawIndex[at] : Raw.Length;
}
