namespace ReportBot.Core.Checking;

/// <summary>
/// The cells read so far: each value, null where blank or unreadable, and the printed text of cells that hold
/// something but not a valid figure (−1, 1.5 in a count, 一二), so the checker can say so rather than "unfilled".
/// </summary>
internal sealed class ReadCells(IEnumerable<string> keys)
{
    public Dictionary<string, decimal?> Values { get; } = keys.ToDictionary(k => k, _ => (decimal?)null, StringComparer.Ordinal);

    public Dictionary<string, string> Invalid { get; } = new(StringComparer.Ordinal);

    public void Set(string key, string? text, bool fee)
    {
        var value = CellValues.Value(text, fee);
        Values[key] = value;
        if (value is null && text is not null && CellValues.Kind(text) is not (CellKind.Empty or CellKind.Blank)) Invalid[key] = text.Trim();
        else Invalid.Remove(key);
    }
}
