using System.Text;
using ReportBot.Commands;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;

namespace ReportBot.Conversations;

/// <summary>
/// A .zip of reports sent in chat, each checked (last year's report paired from the same archive, as <c>check DIR</c>
/// does): one summary message, a line per report, and every finding as a CSV document.
/// </summary>
public sealed record SentBatch(string FileName, IReadOnlyList<CheckedReport> Reports, byte[] DetailsCsv)
{
    // A Telegram message holds 4096 characters; the rest of the lines are in the document.
    private const int MaxLines = 50;

    public static async Task<SentBatch> CheckAsync(ReportFormats formats, string fileName, IReadOnlyList<(string Name, byte[] Content)> files)
    {
        var read = files.ToDictionary(f => f.Name, f => CheckBatch.Read(formats, Path.GetFileName(f.Name), f.Content), StringComparer.Ordinal);
        var names = files.Select(f => f.Name).ToList();
        var reports = CheckBatch.Check(names, read, names);
        await using var csv = new StringWriter();
        await CheckSummaryWriter.WriteCsvAsync(csv, reports);
        // With a byte order mark, so Excel shows the Chinese.
        return new SentBatch(fileName, reports, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())]);
    }

    public Reply ToReply()
    {
        var lines = new List<string> { ConversationTexts.BatchTitle(FileName, Reports.Count, Reports.Count(r => r.Report is not null && r.Errors > 0), Reports.Count(r => r.Report is null)) };
        lines.AddRange(Reports.Take(MaxLines).Select((r, i) => r.Report is { } report
            ? ConversationTexts.BatchLine(i + 1, Path.GetFileName(r.Path), report.Agency, report.Year, r.Errors, r.Warnings, r.UnreadableRows)
            : ConversationTexts.BatchNotAReport(i + 1, Path.GetFileName(r.Path), r.Refusal ?? "")));
        if (Reports.Count > MaxLines) lines.Add(ConversationTexts.BatchMore(Reports.Count - MaxLines));
        lines.Add(ConversationTexts.BatchDetailsAttached);
        return new Reply(string.Join('\n', lines), [], new ReplyDocument(Path.GetFileNameWithoutExtension(FileName) + "-检查结果.csv", DetailsCsv));
    }
}
