using ReportBot.Core.Formats;

namespace ReportBot.Core.Documents;

/// <summary>
/// A report as a document, finished or not: what every writer (chat text, .docx) renders. Missing answers are
/// already replaced by <see cref="Placeholder"/>. A draft carries its mark and an appendix of what is open.
/// </summary>
public sealed record ReportDocument(string Title, IReadOnlyList<DocumentSection> Sections, bool Complete, DraftMark? Draft = null)
{
    public const string Placeholder = "【待填写】";
}

public sealed record DocumentSection(string Heading, IReadOnlyList<DocumentBlock> Blocks);

public abstract record DocumentBlock;

public sealed record ParagraphBlock(string Text, bool IsSubheading = false) : DocumentBlock;

/// <summary>A table with the text of every cell, computed ones included, keyed by cell key.</summary>
public sealed record TableBlock(TableDefinition Table, IReadOnlyDictionary<string, string> Cells) : DocumentBlock
{
    public string Cell(string rowId, string columnId) => Cells[Table.CellKey(rowId, columnId)];
}

/// <summary>Marks a draft on every page, with when it was taken, and lists per section what is still open.</summary>
public sealed record DraftMark(DateTimeOffset TakenAt, IReadOnlyList<AppendixEntry> Appendix)
{
    public const string Word = "草稿";

    public const string AppendixTitle = "附：待完善事项";

    public const string NothingOpen = "无：各部分均已填写，未发现问题。";

    /// <summary>e.g. 草稿（2026-11-26 18:05 生成）, in the time zone the caller gave.</summary>
    public string Label => $"{Word}（{TakenAt:yyyy-MM-dd HH:mm} 生成）";
}

/// <summary>One section's open items: questions not answered, and rule findings (errors and warnings).</summary>
public sealed record AppendixEntry(string Section, IReadOnlyList<string> Missing, IReadOnlyList<string> Findings);
