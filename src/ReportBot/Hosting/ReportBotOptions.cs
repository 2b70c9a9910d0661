using System.ComponentModel.DataAnnotations;

namespace ReportBot.Hosting;

/// <summary>Where the SQLite file lives (<c>Storage:Path</c>, or <c>--db</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required(ErrorMessage = "Storage:Path is required: the SQLite file to keep reports in (or pass --db PATH).")]
    public string Path { get; set; } = "data/reportbot.db";
}

/// <summary>
/// Where the report formats are (<c>Format:Folder</c>, every <c>report-format-*.json</c> in it), relative to the
/// program's folder; <c>Format:Path</c> (<c>--format-file</c>) loads that one file instead.
/// </summary>
public sealed class FormatOptions
{
    public const string Section = "Format";

    [Required(ErrorMessage = "Format:Folder is required: the folder of report format files (report-format-*.json), e.g. config.")]
    public string Folder { get; set; } = "config";

    public string? Path { get; set; }
}

/// <summary>The local console chat: the user's name (<c>--user</c>) and where documents it receives are saved.</summary>
public sealed class ConsoleChatOptions
{
    public const string Section = "ConsoleChat";

    [Required, MinLength(1)]
    public string User { get; set; } = "local";

    [Required(ErrorMessage = "ConsoleChat:Documents is required: the folder where the chat saves the documents it receives.")]
    public string Documents { get; set; } = "documents";
}
