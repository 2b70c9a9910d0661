using ReportBot.Core.Formats;

namespace ReportBot.Core.Documents;

/// <summary>
/// A report as a document, finished or not: what every writer (chat text, .docx, web page) renders. Missing
/// answers are already replaced: <see cref="Placeholder"/> in narratives, <see cref="CellPlaceholder"/> in table
/// cells, which keeps a draft's tables as narrow as the finished ones. A draft carries its mark and an appendix of
/// what is open; the 落款 names the organ and the date it is signed.
/// </summary>
public sealed record ReportDocument(string Title, IReadOnlyList<DocumentSection> Sections, bool Complete, DraftMark? Draft = null)
{
    public const string Placeholder = "【待填写】";

    /// <summary>One character, in every GB2312 font: a missing figure in a table cell.</summary>
    public const string CellPlaceholder = "□";

    /// <summary>Printed once under a table that has a <see cref="CellPlaceholder"/>.</summary>
    public const string CellPlaceholderNote = "注：表中“□”为尚未填写的数字。";

    /// <summary>The organ's name as it signs the report; empty leaves the 落款 out.</summary>
    public string Agency { get; init; } = "";

    /// <summary>The 成文日期 under the organ's name: the submission date, or a draft's snapshot date.</summary>
    public DateOnly? SignedOn { get; init; }

    /// <summary>e.g. 2024年1月15日: GB/T 9704 writes the 成文日期 in Arabic figures, month and day unpadded.</summary>
    public string? SignedOnText => SignedOn is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : null;
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
