using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportBot.Commands;

/// <summary>
/// Many checked reports printed for a coordinator: one summary line per report (file, 机关, 年度, errors, warnings,
/// unreadable rows), then each report's findings; or all of it as JSON or CSV.
/// </summary>
public static class CheckSummaryWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteTextAsync(TextWriter output, IReadOnlyList<CheckedReport> reports)
    {
        await output.WriteLineAsync("file\t机关\t年度\terrors\twarnings\tunreadable rows");
        foreach (var r in reports)
        {
            await output.WriteLineAsync(r.Report is null
                ? $"{r.Path}\t?\t?\t-\t-\t-\tnot a report: {r.Refusal}"
                : $"{r.Path}\t{r.Report.Agency ?? "?"}\t{Year(r)}\t{r.Errors}\t{r.Warnings}\t{r.UnreadableRows}" + (r.LastYearPath is null ? "" : $"\tlast year: {r.LastYearPath}"));
        }
        await output.WriteLineAsync($"{reports.Count} file(s): {reports.Count(r => r.Report is not null && r.Errors == 0)} without errors, {reports.Count(r => r.Errors > 0)} with errors, {reports.Count(r => r.Report is null)} not a report");
        foreach (var r in reports.Where(r => r.Findings.Count > 0))
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"== {r.Path}: {r.Report!.Agency ?? "?"} {Year(r)}");
            foreach (var f in r.Findings) await output.WriteLineAsync($"{f.RuleId}\t{f.Severity}\t{f.Where}\t{f.Message}");
        }
    }

    public static async Task WriteJsonAsync(TextWriter output, IReadOnlyList<CheckedReport> reports)
    {
        var rows = reports.Select(r => new
        {
            file = r.Path,
            agency = r.Report?.Agency,
            year = r.Report?.Year,
            errors = r.Errors,
            warnings = r.Warnings,
            unreadableRows = r.UnreadableRows,
            notAReport = r.Refusal,
            lastYear = r.LastYearPath,
            findings = r.Findings.Select(f => new { rule = f.RuleId, severity = f.Severity, where = f.Where, message = f.Message }),
        });
        await output.WriteLineAsync(JsonSerializer.Serialize(rows, Json));
    }

    /// <summary>One row per finding, and one per report without findings or not a report, so every file appears.</summary>
    public static async Task WriteCsvAsync(TextWriter output, IReadOnlyList<CheckedReport> reports)
    {
        await output.WriteLineAsync("file,agency,year,errors,warnings,unreadable_rows,rule,severity,where,message");
        foreach (var r in reports)
        {
            var head = string.Join(',', Csv(r.Path), Csv(r.Report?.Agency ?? ""), Year(r), r.Errors, r.Warnings, r.UnreadableRows);
            if (r.Report is null) await output.WriteLineAsync($"{head},,,,{Csv("not a report: " + r.Refusal)}");
            else if (r.Findings.Count == 0) await output.WriteLineAsync($"{head},,,,");
            foreach (var f in r.Findings) await output.WriteLineAsync($"{head},{Csv(f.RuleId)},{Csv(f.Severity)},{Csv(f.Where)},{Csv(f.Message)}");
        }
    }

    private static string Year(CheckedReport r) => r.Report?.Year?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Csv(string value) => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
