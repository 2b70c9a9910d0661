using ReportBot.Core.Formats;

namespace ReportBot.Core.Documents;

/// <summary>
/// A report as a document, finished or not: what every writer (chat text, .docx) renders. Missing answers are
/// already replaced by <see cref="ReportDocument.Placeholder"/>.
/// </summary>
public sealed record ReportDocument(string Title, IReadOnlyList<DocumentSection> Sections, bool Complete)
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
