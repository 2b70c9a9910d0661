using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Checking;
using ReportBot.Core.Interviews;
using ReportBot.Core.Formats;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>
/// A published report sent in chat: checked against every rule, and, when it is last year's report of the 机关 being
/// written, its figures are kept with this report so the cross-year rules (R8–R10) can run.
/// </summary>
public sealed class FileChecks(InterviewContext context)
{
    public const string LastYearPrefix = "prev.";

    private const int MaxShown = 15;

    private readonly ReportChecker checker = new(context.Format);

    public Reply Check(string fileName, byte[] content, ReportRow? report, AnswerSet answers, AnswerSet? lastYear)
    {
        PublishedReport published;
        try
        {
            published = PublishedReportReader.Read(context.Format, fileName, content);
        }
        catch (UnreadableReportException e)
        {
            return new Reply(ConversationTexts.Unreadable(fileName, e.Message));
        }
        var findings = checker.Check(published);
        var lines = new List<string> { ConversationTexts.CheckTitle(fileName, published.Agency, published.Year, findings.Count(f => f.Severity == Severities.Error), findings.Count(f => f.Severity != Severities.Error)) };
        lines.AddRange(findings.Take(MaxShown).Select(f => $"{(f.Severity == Severities.Error ? "❌" : "⚠️")} {f.Text}"));
        if (findings.Count > MaxShown) lines.Add(ConversationTexts.MoreFindings(findings.Count - MaxShown));
        if (report is not null && lastYear is null && published.Year == report.Year - 1 && (published.Agency is null || published.Agency == report.Agency))
        {
            foreach (var (key, value) in published.Cells)
                if (value is { } v) answers.Set(LastYearPrefix + key, v.ToString(CultureInfo.InvariantCulture));
            lines.Add(ConversationTexts.TakenAsLastYear(published.Year.Value));
        }
        return new Reply(string.Join('\n', lines));
    }
}
