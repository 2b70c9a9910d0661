using System.Globalization;
using System.Text.Json;
using ReportBot.Core.Answers;
using ReportBot.Core.Documents;
using ReportBot.Core.Interviews;
using ReportBot.Documents;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Commands;

/// <summary>The command-line tools over the store: list, export and import reports. Each returns an exit code.</summary>
public sealed class ReportCommands(ReportStore store, ReportFormats formats, ReportDocuments documents, TimeProvider clock, TextWriter output, TextWriter error)
{
    /// <summary>Not a Telegram user (their ids are positive): the author of imported reports and answers.</summary>
    public const long ImporterId = 0;

    public async Task<int> ListAsync(CancellationToken ct)
    {
        await using var session = await store.ReadAsync(ct);
        var reports = await session.AllReportsAsync(ct);
        if (reports.Count == 0) await output.WriteLineAsync("没有报告。(no reports)");
        foreach (var r in reports)
        {
            var answers = AnswerSet.Adopt(await session.AnswersAsync(r.Id, ct));
            var context = formats.For(r);
            var done = context.Plan.Questions.Count(q => q.Keys.All(answers.Has));
            await output.WriteLineAsync($"{r.Id}\t{r.Agency}\t{r.Year}\t{r.Status.Name()}\t{done}/{context.Plan.Questions.Count}");
        }
        return 0;
    }

    public async Task<int> ExportAsync(string? reportId, string? format, string? outPath, CancellationToken ct)
    {
        if (!long.TryParse(reportId, CultureInfo.InvariantCulture, out var id) || format is not ("docx" or "txt" or "json" or "html") || outPath is null)
            return await Fail("usage: export --db PATH --report ID --format docx|txt|json|html --out FILE");
        ReportRow? report;
        AnswerSet answers;
        AnswerSet? lastYear = null;
        await using (var session = await store.ReadAsync(ct))
        {
            report = await session.FindReportAsync(id, ct);
            answers = report is null ? new AnswerSet() : AnswerSet.Adopt(await session.AnswersAsync(id, ct));
            // Last year feeds R8–R10, whose explanations are printed under the tables.
            if (report is not null) lastYear = await Conversations.LastYearLoader.LoadAsync(session, report, answers, ct);
        }
        if (report is null) return await Fail($"no report with id {id}; `reports --db PATH` lists them");
        // The finished document only for a submitted report (submission is the gate); otherwise a draft.
        var draft = report.Status is not (ReportStatus.Submitted or ReportStatus.Approved);
        byte[] content = format switch
        {
            "docx" => documents.Docx(report.FormatId, report.Info, answers, draft, lastYear).Content,
            "txt" => System.Text.Encoding.UTF8.GetBytes(ReportTextWriter.Write(documents.Model(report.FormatId, report.Info, answers, draft, lastYear))),
            "html" => System.Text.Encoding.UTF8.GetBytes(HtmlWriter.Write(documents.Model(report.FormatId, report.Info, answers, draft, lastYear))),
            _ => System.Text.Encoding.UTF8.GetBytes(new ReportExport(report.FormatId, report.Agency, report.Year, report.Status.Name(), clock.GetUtcNow(), answers.Values).ToJson()),
        };
        await File.WriteAllBytesAsync(outPath, content, ct);
        await output.WriteLineAsync($"{outPath}: report {id} ({report.Agency} {report.Year}, {(draft ? "draft" : "finished")}), {content.Length} bytes");
        return 0;
    }

    public async Task<int> ImportAsync(string? path, CancellationToken ct)
    {
        if (path is null) return await Fail("usage: import --db PATH FILE.json");
        ReportExport? import;
        try
        {
            import = ReportExport.FromJson(await File.ReadAllTextAsync(path, ct));
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return await Fail($"{path}: cannot be read as a report export ({e.Message})");
        }
        if (import?.Answers is null || string.IsNullOrWhiteSpace(import.Agency)) return await Fail($"{path}: not a report export (no agency or answers)");
        if (formats.Catalogue.Find(import.Format) is null)
            return await Fail($"{path}: format \"{import.Format}\" is not a loaded format ({string.Join(", ", formats.Catalogue.Formats.Select(f => f.Id))})");
        if (ImportValidation.Problems(formats.For(import.Format), import.Answers) is { Count: > 0 } problems) return await Fail($"{path}: {string.Join("; ", problems)}");

        await using var session = await store.BeginAsync(ct);
        if (await session.FindReportAsync(import.Agency, import.Year, ct) is { } existing)
            return await Fail($"{import.Agency} {import.Year} already exists as report {existing.Id}; nothing imported");
        var now = clock.GetUtcNow();
        if (await session.FindPersonAsync(ImporterId, ct) is null)
            await session.AddPersonAsync(new Person(ImporterId, "导入", Roles.Staff), now, ct);
        var report = await session.CreateReportAsync(import.Format, import.Agency, import.Year, ImporterId, now, ct);
        var answers = new AnswerSet();
        foreach (var (key, value) in import.Answers) answers.Set(key, value);
        await session.SaveAnswersAsync(report.Id, answers.Changes, ImporterId, now, ct);
        if (ReportStatusNames.Parse(import.Status) is { } status) await session.SetStatusAsync(report.Id, status, now, ct);
        await session.CommitAsync(ct);
        await output.WriteLineAsync($"imported {import.Agency} {import.Year} as report {report.Id} ({answers.Changes.Count} answers)");
        return 0;
    }

    private async Task<int> Fail(string message)
    {
        await error.WriteLineAsync(message);
        return 2;
    }
}
