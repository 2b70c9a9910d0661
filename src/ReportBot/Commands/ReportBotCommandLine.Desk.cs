using System.CommandLine;
using ReportBot.Hosting;

namespace ReportBot.Commands;

/// <summary>The desk's verbs: <c>export-all</c> and <c>consolidate</c>.</summary>
public static partial class ReportBotCommandLine
{
    private static Command ExportAll()
    {
        var output = new Option<string>("--out") { Description = "The .zip to write.", HelpName = "FILE.zip" };
        var command = new Command("export-all", "Writes every report as one .zip: each report's .docx (finished once submitted, else a draft) and 汇总.csv.") { Db, output };
        command.SetAction((r, _) => CommandHost.RunOneShotAsync(SettingsOf(r), (c, ct) => c.Desk.ExportAllAsync(r.GetValue(output), ct)));
        return command;
    }

    private static Command Consolidate()
    {
        var reports = new Option<string>("--reports") { Description = "The units' report ids, comma-separated (see reports).", HelpName = "ID,ID" };
        var agency = new Option<string>("--agency") { Description = "The consolidated report's 机关名称.", HelpName = "NAME" };
        var output = new Option<string>("--out") { Description = "Also write its draft .docx (each unit's share in the appendix).", HelpName = "FILE.docx" };
        var command = new Command("consolidate", "Makes a 汇总 report whose tables are the cell-by-cell sums of the units' reports.") { Db, reports, agency, output };
        command.SetAction((r, _) => CommandHost.RunOneShotAsync(SettingsOf(r), (c, ct) => c.Desk.ConsolidateAsync(r.GetValue(reports), r.GetValue(agency), r.GetValue(output), ct)));
        return command;
    }
}
