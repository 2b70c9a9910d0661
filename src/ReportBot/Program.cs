using ReportBot.Commands;

// ReportBot [bot | chat | reports | export | import | check | diagram] — see README.md, "Command line", or --help.
return await ReportBotCommandLine.RunAsync(args);
