using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Checking;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Core.Rules;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>A file read and checked, before any transaction: the report and its findings, or why it could not be read.</summary>
// Batch: a .zip of many reports, checked each (then Report is null and Unreadable says why when the archive was refused).
public sealed record CheckedSentReport(string FileName, PublishedReport? Report, IReadOnlyList<Finding> Findings, string? Unreadable, SentBatch? Batch = null);

/// <summary>
/// A published report sent in chat: checked against every rule, and, when it is last year's report of the 机关 being
/// written, its figures are kept with this report so the cross-year rules (R8–R10) can run.
/// </summary>
public sealed class SentReportCheck(ReportFormats formats)
{
    public const string LastYearPrefix = LastYearQuestions.Prefix;

    private const int MaxShown = 15;

    /// <summary>Reading and checking cost time on a large file: done outside the store's write lock.</summary>
    public async Task<CheckedSentReport> ReadAsync(string fileName, byte[] content)
    {
        if (SentArchive.IsArchive(fileName))
        {
            var (files, refusal) = SentArchive.Read(content);
            return refusal is not null ? new CheckedSentReport(fileName, null, [], refusal) : new CheckedSentReport(fileName, null, [], null, await SentBatch.CheckAsync(formats, fileName, files));
        }
        try
        {
            var (report, format) = formats.ReadPublished(fileName, content);
            return new CheckedSentReport(fileName, report, new ReportChecker(format).Check(report), null);
        }
        catch (UnreadableReportException e)
        {
            return new CheckedSentReport(fileName, null, [], e.Message);
        }
    }

    /// <summary>The findings as a reply; last year's report is also kept as this report's last-year figures.</summary>
    public static Reply Apply(CheckedSentReport file, ReportRow? report, AnswerSet answers, AnswerSet? lastYear)
    {
        if (file.Batch is { } batch) return batch.ToReply();
        if (file.Report is not { } published) return new Reply(ConversationTexts.Unreadable(file.FileName, file.Unreadable ?? ""));
        var findings = file.Findings;
        var lines = new List<string> { ConversationTexts.SentReportFindingsTitle(file.FileName, published.Agency, published.Year, findings.Count(f => f.Severity == Severities.Error), findings.Count(f => f.Severity != Severities.Error)) };
        lines.AddRange(findings.Take(MaxShown).Select(f => $"{(f.Severity == Severities.Error ? "❌" : "⚠️")} {f.Text}"));
        if (findings.Count > MaxShown) lines.Add(ConversationTexts.MoreFindings(findings.Count - MaxShown));
        if (report is not null && lastYear is null && published.Year is not null && LastYearPairing.IsLastYearOf(published.Agency, published.Year, report.Agency, report.Year))
        {
            foreach (var (key, value) in published.Cells)
                if (value is { } v) answers.Set(LastYearPrefix + key, v.ToString(CultureInfo.InvariantCulture));
            lines.Add(ConversationTexts.TakenAsLastYear(published.Year.Value));
        }
        return new Reply(string.Join('\n', lines));
    }
}
