using System.Globalization;
using ReportBot.Desk;
using ReportBot.Storage;

namespace ReportBot.Commands;

/// <summary>The coordinator's desk on the command line: every report as one .zip, and a consolidated (汇总) report.</summary>
public sealed class DeskCommandLine(ReportStore store, ReportArchive archive, ConsolidatedReports consolidated, TimeProvider clock, TextWriter output, TextWriter error)
{
    /// <summary>Not a Telegram user: the author of a consolidation made on the command line (as imports are).</summary>
    public const long CommandLineUser = ReportCommands.ImporterId;

    public async Task<int> ExportAllAsync(string? outPath, CancellationToken ct)
    {
        if (outPath is null) return await Fail("usage: export-all --db PATH --out FILE.zip");
        int count;
        await using (var session = await store.ReadAsync(ct))
        await using (var file = File.Create(outPath))
            count = await archive.WriteAsync(session, file, ct);
        await output.WriteLineAsync($"{outPath}: {count} report(s) as .docx and {ReportArchive.SummaryName}, {new FileInfo(outPath).Length} bytes");
        return 0;
    }

    public async Task<int> ConsolidateAsync(string? reports, string? agency, string? outPath, CancellationToken ct)
    {
        var ids = (reports ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.TryParse(s, CultureInfo.InvariantCulture, out var id) ? id : -1).ToList();
        if (ids.Count < 2 || ids.Contains(-1) || string.IsNullOrWhiteSpace(agency)) return await Fail("usage: consolidate --db PATH --reports ID,ID[,…] --agency 名称 [--out FILE.docx]");
        await using var session = await store.BeginAsync(ct);
        var now = clock.GetUtcNow();
        if (await session.FindPersonAsync(CommandLineUser, ct) is null) await session.AddPersonAsync(new Person(CommandLineUser, "导入", Roles.Staff), now, ct);
        var (made, refusal) = await consolidated.MakeAsync(session, ids, agency, CommandLineUser, now, ct);
        if (made is null) return await Fail(refusal!);
        await session.CommitAsync(ct);
        if (outPath is not null) await File.WriteAllBytesAsync(outPath, made.Draft.Content, ct);
        await output.WriteLineAsync($"report {made.Report.Id}: {made.Report.Agency} {made.Report.Year}, the sum of reports {string.Join(", ", ids)}"
            + (made.Sum.Incomplete.Count > 0 ? $"; {made.Sum.Incomplete.Count} cell(s) left empty (a unit has not filled them)" : "")
            + (outPath is not null ? $"; draft written to {outPath}" : ""));
        return 0;
    }

    private async Task<int> Fail(string message)
    {
        await error.WriteLineAsync(message);
        return 2;
    }
}
