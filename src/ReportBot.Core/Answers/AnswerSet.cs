namespace ReportBot.Core.Answers;

/// <summary>One changed answer: what it was, what it is now. The store keeps every change as history.</summary>
public sealed record AnswerChange(string Key, string? OldValue, string? NewValue);

/// <summary>
/// The saved answers of one report, keyed by narrative item id or table cell key (<c>t3.new.natural</c>).
/// Changes are recorded so the store can write exactly them, with their history, in one transaction.
/// </summary>
public sealed class AnswerSet
{
    private readonly Dictionary<string, string> values;
    private readonly List<AnswerChange> changes = [];

    public AnswerSet(IReadOnlyDictionary<string, string>? saved = null) =>
        values = saved is null ? [] : new Dictionary<string, string>(saved, StringComparer.Ordinal);

    private AnswerSet(Dictionary<string, string> owned) => values = owned;

    /// <summary>
    /// Answers just read from the store, kept as they are rather than copied: a message loads a report's few hundred
    /// answers, and the caller hands over a dictionary no one else holds.
    /// </summary>
    public static AnswerSet Adopt(Dictionary<string, string> loaded) =>
        ReferenceEquals(loaded.Comparer, StringComparer.Ordinal) ? new AnswerSet(loaded) : new AnswerSet((IReadOnlyDictionary<string, string>)loaded);

    public IReadOnlyDictionary<string, string> Values => values;

    public IReadOnlyList<AnswerChange> Changes => changes;

    /// <summary>What was worked out from these answers (the rules' figures), kept with them; its owner checks it is still current.</summary>
    internal object? Derived { get; set; }

    public string? Get(string key) => values.GetValueOrDefault(key);

    public bool Has(string key) => values.ContainsKey(key);

    public void Set(string key, string value)
    {
        var old = Get(key);
        if (old == value) return;
        values[key] = value;
        changes.Add(new(key, old, value));
    }

    /// <summary>Takes an answer back (an undone text, a reason whose figures changed); recorded as a change to nothing.</summary>
    public void Remove(string key)
    {
        if (values.Remove(key, out var old)) changes.Add(new(key, old, null));
    }
}
