using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Checking;

/// <summary>A glued run of digits the reader could not split from its own row, with the finding that says so.</summary>
internal sealed record UnreadRun(TableDefinition Table, IReadOnlyList<RowDefinition> Rows, string Run, Finding Finding);
