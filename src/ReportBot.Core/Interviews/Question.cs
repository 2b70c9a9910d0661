using System.Runtime.CompilerServices;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Interviews;

/// <summary>One question of the interview, with where it stands in its section (<c>三、表三 · 5/24</c>).</summary>
public abstract record Question(string Id, SectionDefinition Section, int Number, int Count)
{
    public string Position => $"{Section.Short} · {Number}/{Count}";

    public abstract bool Required { get; }

    public abstract IEnumerable<string> Keys { get; }
}

public sealed record NarrativeQuestion(NarrativeItem Item, SectionDefinition Section, int Number, int Count)
    : Question(Item.Id, Section, Number, Count)
{
    public override bool Required => Item.Required;

    public override IEnumerable<string> Keys => [Item.Id];
}

/// <summary>A table row: its typed cells are answered together, in column order.</summary>
public sealed record RowQuestion(TableDefinition Table, RowDefinition Row, SectionDefinition Section, int Number, int Count)
    : Question($"{Table.Id}.{Row.Id}", Section, Number, Count)
{
    public override bool Required => true;

    // Worked out once per question (a format's questions live as long as it): screens and the rules ask for them
    // row after row on every message. Kept by reference, outside the record, so they are no part of its equality.
    private static readonly ConditionalWeakTable<RowQuestion, string[]> CellKeys = [];

    public override IEnumerable<string> Keys => CellKeys.GetValue(this, q => [.. q.Table.TypedColumns.Select(c => q.Table.CellKey(q.Row.Id, c.Id))]);

    /// <summary>The row's label with its parents, e.g. 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密.</summary>
    public string Path => string.Join(" › ", new[] { Table.CaptionInPath ? Table.Caption : null, Row.Part, Row.Group, Row.Label }
        .Where(s => !string.IsNullOrEmpty(s)));
}
