namespace ReportBot.Core.Rules.Checks;

/// <summary>
/// Last year's cells a cross-year check reads: one <see cref="Row"/> across the table's typed columns, or one
/// <see cref="Column"/> down its typed rows. The interview asks for them when no report of last year is known, and
/// shows them beside this year's question: beside <see cref="ShownWithRow"/>, or beside every row.
/// </summary>
public sealed record LastYearCells(string Table, string? Row = null, string? Column = null, string? ShownWithRow = null, bool ShownWithEveryRow = false)
{
    public bool IsShownWith(string tableId, string rowId) => Table == tableId && (ShownWithEveryRow || ShownWithRow == rowId);
}
