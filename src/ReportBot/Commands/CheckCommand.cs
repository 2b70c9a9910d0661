using System.Text.Encodings.Web;
using System.Text.Json;
using ReportBot.Core.Checking;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;

namespace ReportBot.Commands;

/// <summary>
/// <c>check DIR|FILE… [--json|--csv] [--last-year DIR|FILE]</c>: reads published reports (.docx, web page or text) and prints every finding.
/// Exit code 0 without errors, 1 with errors, 2 when a file cannot be read as a report. Each report is checked
/// against the format in force for the year its title names.
/// </summary>
public sealed class CheckCommand(ReportFormats formats, TextWriter output, TextWriter error)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// One file (with <c>--last-year FILE</c> or none): its findings as before. Several files, a folder, or
    /// <c>--last-year DIR</c>: a summary line per report, then the details (<see cref="CheckSummaryWriter"/>); exit 2
    /// when any file is not a report, else 1 when any has errors.
    /// </summary>
    public async Task<int> RunAsync(IReadOnlyList<string> paths, string? lastYearPath, bool json, bool csv, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 1 && File.Exists(paths[0]) && !csv && (lastYearPath is null || File.Exists(lastYearPath)))
            return await RunAsync(paths[0], lastYearPath, json, ct);
        if (paths.Count == 0) return await Fail("usage: check DIR|FILE… [--json|--csv] [--last-year DIR|FILE]");
        var files = CheckBatch.Files(paths);
        var lastYears = lastYearPath is null ? [] : CheckBatch.Files([lastYearPath]);
        var reports = await CheckBatch.CheckAsync(formats, files, lastYears, ct);
        if (json) await CheckSummaryWriter.WriteJsonAsync(output, reports);
        else if (csv) await CheckSummaryWriter.WriteCsvAsync(output, reports);
        else await CheckSummaryWriter.WriteTextAsync(output, reports);
        return reports.Any(r => r.Report is null) ? 2 : reports.Any(r => r.Errors > 0) ? 1 : 0;
    }

    public async Task<int> RunAsync(string? path, string? lastYearPath, bool json, CancellationToken ct)
    {
        if (path is null) return await Fail("usage: check DIR|FILE… [--json|--csv] [--last-year DIR|FILE]");
        PublishedReport report;
        ReportFormat format;
        PublishedReport? lastYear = null;
        try
        {
            (report, format) = await ReadAsync(path, ct);
            if (lastYearPath is not null) (lastYear, _) = await ReadAsync(lastYearPath, ct);
        }
        catch (UnreadableReportException e)
        {
            return await Fail(e.Message);
        }
        // Last year's figures only mean something for the same 机关 and the year before.
        if (lastYear is not null && !LastYearPairing.IsLastYearOf(lastYear.Agency, lastYear.Year, report.Agency, report.Year))
            return await Fail($"{lastYearPath}: is {lastYear.Agency} {lastYear.Year}, not {report.Agency} {report.Year - 1}; --last-year must be the same 机关's report for the year before");
        var findings = new ReportChecker(format).Check(report, lastYear);
        if (json)
        {
            var rows = findings.Select(f => new { rule = f.RuleId, severity = f.Severity, where = f.Where, message = f.Message });
            await output.WriteLineAsync(JsonSerializer.Serialize(rows, Json));
        }
        else
        {
            var errors = findings.Count(f => f.Severity == Severities.Error);
            await output.WriteLineAsync($"{path}: {report.Agency ?? "?"} {report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} — {errors} error(s), {findings.Count - errors} warning(s)");
            foreach (var f in findings) await output.WriteLineAsync($"{f.RuleId}\t{f.Severity}\t{f.Where}\t{f.Message}");
        }
        return findings.Any(f => f.Severity == Severities.Error) ? 1 : 0;
    }

    private async Task<(PublishedReport, ReportFormat)> ReadAsync(string path, CancellationToken ct)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnreadableReportException($"{path}: {e.Message}", e);
        }
        try
        {
            return formats.ReadPublished(Path.GetFileName(path), content);
        }
        catch (UnreadableReportException e)
        {
            throw new UnreadableReportException($"{path}: {e.Message}", e);
        }
    }

    private async Task<int> Fail(string message)
    {
        await error.WriteLineAsync(message);
        return 2;
    }
}
