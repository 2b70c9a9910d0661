using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;

namespace ReportBot.Commands;

/// <summary>
/// An imported answer must be one the interview could have saved: a known key and a value of its kind. Besides the
/// questions' keys: <c>ack.*</c> (a reason given for a finding) and <c>prev.*</c> (last year's figure for a cell).
/// </summary>
internal static class ImportValidation
{
    private const int MaxReason = 500;

    public static List<string> Problems(InterviewContext context, IReadOnlyDictionary<string, string> answers)
    {
        var problems = new List<string>();
        var cells = context.Format.Tables.SelectMany(t => t.Rows.SelectMany(r => t.Columns.Select(c => t.CellKey(r.Id, c.Id)))).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, value) in answers)
        {
            if (key.StartsWith(Acknowledgements.Prefix, StringComparison.Ordinal))
            {
                if (string.IsNullOrWhiteSpace(value) || value.Length > MaxReason) problems.Add($"answer \"{key}\": a reason must be 1–{MaxReason} characters");
                continue;
            }
            if (key.StartsWith(Conversations.SentReportCheck.LastYearPrefix, StringComparison.Ordinal))
            {
                if (!cells.Contains(key[Conversations.SentReportCheck.LastYearPrefix.Length..]) || NumberParser.ParseFee(value) is not { Ok: true })
                    problems.Add($"answer \"{key}\": not last year's figure for a known cell");
                continue;
            }
            var question = context.Plan.Questions.FirstOrDefault(q => q.Keys.Contains(key));
            var problem = question switch
            {
                null => "unknown item",
                NarrativeQuestion n when string.IsNullOrWhiteSpace(value) || value.Length > n.Item.MaxLength => $"text must be 1–{n.Item.MaxLength} characters",
                RowQuestion { Table.IsFee: true } when NumberParser.ParseFee(value) is not { Ok: true } fee || fee.Value.ToString(CultureInfo.InvariantCulture) != value => "not a fee in 万元 with up to 4 decimals",
                RowQuestion { Table.IsFee: false } when NumberParser.ParseInteger(value) is not { Ok: true } n || n.Value.ToString(CultureInfo.InvariantCulture) != value => "not a non-negative integer",
                _ => null,
            };
            if (problem is not null) problems.Add($"answer \"{key}\": {problem}");
        }
        return problems;
    }
}
