using System.CommandLine;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;

namespace ReportBot.Commands;

/// <summary>
/// <c>ReportBot [bot | chat | reports | export | import | check | diagram]</c>, declared once with System.CommandLine:
/// <c>--help</c> on every command; a usage error (an unknown switch, a missing value) is one line and exit code 2.
/// </summary>
public static partial class ReportBotCommandLine
{
    private static readonly Option<string> Db = new("--db") { Description = "The SQLite file (Storage:Path).", HelpName = "PATH" };
    private static readonly Option<string> User = new("--user") { Description = "The local person's name; each name has its own conversation.", HelpName = "NAME" };
    private static readonly Option<string> Documents = new("--documents") { Description = "Where the chat saves the documents it receives.", HelpName = "DIR" };
    private static readonly Option<string> FormatFile = new("--format-file") { Description = "Another report format file (Format:Path).", HelpName = "FILE", Recursive = true };

    /// <summary>The switches that stand for settings, and the settings they stand for.</summary>
    private static readonly (Option<string> Option, string Setting)[] Settings =
    [
        (Db, $"{StorageOptions.Section}:Path"),
        (User, $"{ConsoleChatOptions.Section}:User"),
        (Documents, $"{ConsoleChatOptions.Section}:Documents"),
        (FormatFile, $"{FormatOptions.Section}:Path"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = Build().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Some of the library's messages span lines (the accepted values, one per line): one line here.
            var message = string.Join(' ', parsed.Errors[0].Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var command = parsed.CommandResult.Command is RootCommand ? "" : $"{parsed.CommandResult.Command.Name} ";
            await Console.Error.WriteLineAsync($"{message} See: ReportBot {command}--help");
            return 2;
        }
        // The host handles Ctrl+C and SIGTERM itself, stopping the bot gracefully.
        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }

    public static RootCommand Build()
    {
        var root = new RootCommand("ReportBot: the 政府信息公开工作年度报告 in a chat. Without a command: the bot if Bot__Token is set, otherwise the console chat.")
        {
            Db, User, Documents, FormatFile,
        };
        root.SetAction((r, _) => TelegramOptions.TokenFromEnvironment() is null ? RunChatAsync(r, announce: true) : CommandHost.RunServiceAsync(SettingsOf(r), b => b.AddTelegram()));

        var bot = new Command("bot", "The Telegram bot; refuses to start without Bot__Token.") { Db };
        bot.SetAction((r, _) => CommandHost.RunServiceAsync(SettingsOf(r), b => b.AddTelegram()));

        var chat = new Command("chat", "The local console chat: each line one message, buttons as [#1].") { Db, User, Documents };
        chat.SetAction((r, _) => RunChatAsync(r, announce: false));

        var reports = new Command("reports", "Lists the reports: id, 机关名称, 年度, status, questions answered.") { Db };
        reports.SetAction((r, _) => CommandHost.RunOneShotAsync(SettingsOf(r), (c, ct) => c.Reports.ListAsync(ct)));

        root.Subcommands.Add(bot);
        root.Subcommands.Add(chat);
        root.Subcommands.Add(reports);
        root.Subcommands.Add(Export());
        root.Subcommands.Add(Import());
        root.Subcommands.Add(Check());
        root.Subcommands.Add(Diagram());
        root.Subcommands.Add(ExportAll());
        root.Subcommands.Add(Consolidate());
        return root;
    }

    private static Command Export()
    {
        var report = new Option<string>("--report") { Description = "The report's id (see reports).", HelpName = "ID" };
        var format = new Option<string>("--format") { Description = "docx (finished once submitted, else a draft), txt, json (every answer), or html (a self-contained web page).", HelpName = "docx|txt|json|html" };
        format.AcceptOnlyFromAmong("docx", "txt", "json", "html");
        var output = new Option<string>("--out") { Description = "The file to write.", HelpName = "FILE" };
        var export = new Command("export", "Writes one report as .docx, text or JSON.") { Db, report, format, output };
        export.SetAction((r, _) => CommandHost.RunOneShotAsync(SettingsOf(r),
            (c, ct) => c.Reports.ExportAsync(r.GetValue(report), r.GetValue(format), r.GetValue(output), ct)));
        return export;
    }

    private static Command Import()
    {
        var file = new Argument<string?>("FILE.json") { Description = "A JSON export.", Arity = ArgumentArity.ZeroOrOne };
        var import = new Command("import", "Imports a JSON export as a new report; refused, with the reason, if any answer could not have been saved.") { Db, file };
        import.SetAction((r, _) => CommandHost.RunOneShotAsync(SettingsOf(r), (c, ct) => c.Reports.ImportAsync(r.GetValue(file), ct)));
        return import;
    }

    private static Command Check()
    {
        var files = new Argument<string[]>("DIR|FILE")
        {
            Description = "Published reports: .docx, PDF, saved web pages, markdown, or text flattened from a web page or PDF; a folder checks each report in it.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON." };
        var csv = new Option<bool>("--csv") { Description = "Print one CSV line per report (file, 机关, 年度, errors, warnings, unreadable rows)." };
        var lastYear = new Option<string>("--last-year")
        {
            Description = "The same 机关's report for the year before (or a folder of them, paired by 机关 and year): adds the cross-year rules.",
            HelpName = "DIR|FILE",
        };
        var check = new Command("check", "Checks published reports and prints every finding. Exit code 0 without errors, 1 with errors, 2 when a file cannot be read as a report.")
        {
            files, json, csv, lastYear,
        };
        check.Validators.Add(r =>
        {
            if (r.GetValue(json) && r.GetValue(csv)) r.AddError("--json and --csv cannot be used together");
        });
        check.SetAction((r, _) => CommandHost.RunStoreFreeAsync(SettingsOf(r), (c, ct) => c.Check.RunAsync(r.GetValue(files) ?? [], r.GetValue(lastYear), r.GetValue(json), r.GetValue(csv), ct)));
        return check;
    }

    private static Command Diagram()
    {
        var diagram = new Command("diagram", "Prints the interview's state diagram (Mermaid), generated from the state machine.");
        var lifecycle = new Option<bool>("--lifecycle") { Description = "Print the report's review lifecycle instead (draft → submitted → returned → approved)." };
        diagram.Options.Add(lifecycle);
        diagram.SetAction(r =>
        {
            Console.WriteLine(r.GetValue(lifecycle) ? Core.Reviews.ReportLifecycle.Diagram() : Interview.Diagram());
            return 0;
        });
        return diagram;
    }

    private static Task<int> RunChatAsync(ParseResult r, bool announce)
    {
        if (announce) Console.Error.WriteLine($"No Telegram token: set {TelegramOptions.TokenVariable} to run the bot. Starting the local console chat.");
        return CommandHost.RunServiceAsync(SettingsOf(r), b => b.AddConsoleChat());
    }

    private static List<KeyValuePair<string, string?>> SettingsOf(ParseResult r) =>
        Settings.Where(s => r.GetValue(s.Option) is not null).Select(s => KeyValuePair.Create(s.Setting, r.GetValue(s.Option))).ToList();
}
