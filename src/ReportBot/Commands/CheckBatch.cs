using ReportBot.Core.Checking;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;
using ReportBot.Core.Rules;

namespace ReportBot.Commands;

/// <summary>One report checked among many: the file, what was read (null when it is not a report) and the findings or the reason.</summary>
public sealed record CheckedReport(string Path, PublishedReport? Report, IReadOnlyList<Finding> Findings, string? Refusal, string? LastYearPath)
{
    public int Errors => Findings.Count(f => f.Severity == Severities.Error);

    public int UnreadableRows => Findings.Count(f => f.RuleId == UnreadableRow.RuleId);

    public int Warnings => Findings.Count - Errors - UnreadableRows;
}

/// <summary>
/// <c>check DIR|FILE…</c>: every report in the folders and files given, each checked on its own, with last year's report
/// of the same 机关 found among <c>--last-year DIR</c> (or among the reports themselves) when one is there.
/// </summary>
public static class CheckBatch
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm", ".docx", ".md", ".pdf" };

    /// <summary>The files named, and in each folder named the files a report may be in, by name.</summary>
    public static List<string> Files(IEnumerable<string> operands) =>
        [.. operands.SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p).Where(f => Extensions.Contains(System.IO.Path.GetExtension(f))).Order(StringComparer.Ordinal)
            : [p])];

    public static async Task<List<CheckedReport>> CheckAsync(ReportFormats formats, IReadOnlyList<string> files, IReadOnlyList<string> lastYearFiles, CancellationToken ct)
    {
        var read = new Dictionary<string, (PublishedReport? Report, ReportFormat? Format, string? Refusal)>(StringComparer.Ordinal);
        foreach (var file in files.Concat(lastYearFiles).Distinct(StringComparer.Ordinal)) read[file] = await ReadAsync(formats, file, ct);
        return Check(files, read, lastYearFiles.Count > 0 ? lastYearFiles : files);
    }

    /// <summary>Reports already read (files sent in chat), each checked with last year's found among <paramref name="candidates"/>.</summary>
    public static List<CheckedReport> Check(IReadOnlyList<string> files, IReadOnlyDictionary<string, (PublishedReport? Report, ReportFormat? Format, string? Refusal)> read, IReadOnlyList<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(read);
        var results = new List<CheckedReport>();
        foreach (var file in files)
        {
            var (report, format, refusal) = read[file];
            if (report is null)
            {
                results.Add(new CheckedReport(file, null, [], refusal, null));
                continue;
            }
            // Paired only when both name their 机关 and year: a batch must not pair reports it cannot tell apart.
            var last = candidates.FirstOrDefault(c => read[c].Report is { Agency: not null, Year: not null } r && report is { Agency: not null, Year: not null }
                && LastYearPairing.IsLastYearOf(r.Agency, r.Year, report.Agency, report.Year));
            results.Add(new CheckedReport(file, report, new ReportChecker(format!).Check(report, last is null ? null : read[last].Report), null, last));
        }
        return results;
    }

    /// <summary>A file's bytes read as a report in the format in force for its year, or why it is not one.</summary>
    public static (PublishedReport? Report, ReportFormat? Format, string? Refusal) Read(ReportFormats formats, string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(formats);
        try
        {
            var (report, format) = formats.ReadPublished(name, content);
            return (report, format, null);
        }
        catch (UnreadableReportException e)
        {
            return (null, null, e.Message);
        }
    }

    /// <summary>A report read in the format in force for the year its title names.</summary>
    public static async Task<(PublishedReport? Report, ReportFormat? Format, string? Refusal)> ReadAsync(ReportFormats formats, string path, CancellationToken ct)
    {
        try
        {
            var content = await File.ReadAllBytesAsync(path, ct);
            var (report, format) = formats.ReadPublished(System.IO.Path.GetFileName(path), content);
            return (report, format, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null, e.Message);
        }
        catch (UnreadableReportException e)
        {
            return (null, null, e.Message);
        }
    }
}
