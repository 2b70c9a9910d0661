using ReportBot.Core.Rules;

namespace ReportBot.Core.Checking;

/// <summary>
/// A report as read from a published document (a .docx, or text flattened from a web page or PDF): every cell of
/// the format's tables by cell key (totals included; null where the cell was blank or unreadable), the prose of
/// each section by section id, and what the reader itself found wrong with the layout (R7: obsolete or misspelt
/// labels, the unsplit （六） row, rows it could not find).
/// </summary>
public sealed record PublishedReport(
    string? Agency,
    int? Year,
    IReadOnlyDictionary<string, decimal?> Cells,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyList<Finding> LayoutFindings)
{
    /// <summary>Cells that print something other than a valid figure (−1, 1.5 in a count), by cell key: the text.</summary>
    public IReadOnlyDictionary<string, string> Invalid { get; init; } = new Dictionary<string, string>();

    /// <summary>The printed digits of each single row reported unreadable, by table and row id (<c>t2.1.normative</c>).</summary>
    public IReadOnlyDictionary<string, string> UnreadRuns { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// A report for 2019 or 2020 in the 2019 trial format (国办公开办函〔2019〕60号, its 表二 columns): right for its year,
    /// so it is checked by the rules both formats share, not held to the 2021 labels.
    /// </summary>
    public bool TrialFormat2019 { get; init; }

    /// <summary>
    /// For a trial-format report, the cells the 2019 format does not have as the 2021 one does (its 表二, printed with
    /// other columns, and the items of its unsplit （六）): rules over them are not applied.
    /// </summary>
    public IReadOnlySet<string> NotInTrialFormat { get; init; } = new HashSet<string>();
}

/// <summary>The file cannot be read as a report at all; the message says why (the checker exits with 2).</summary>
public sealed class UnreadableReportException : Exception
{
    public UnreadableReportException(string message) : base(message) { }

    public UnreadableReportException(string message, Exception inner) : base(message, inner) { }

    public UnreadableReportException() { }
}
