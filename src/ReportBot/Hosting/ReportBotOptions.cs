using System.ComponentModel.DataAnnotations;

namespace ReportBot.Hosting;

/// <summary>Where the SQLite file lives (<c>Storage:Path</c>, or <c>--db</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required(ErrorMessage = "Storage:Path is required: the SQLite file to keep reports in (or pass --db PATH).")]
    public string Path { get; set; } = "data/reportbot.db";
}

/// <summary>Which report format file to load (<c>Format:Path</c>), relative to the program's folder.</summary>
public sealed class FormatOptions
{
    public const string Section = "Format";

    [Required(ErrorMessage = "Format:Path is required: the report format file, e.g. config/report-format-2021.json.")]
    public string Path { get; set; } = "config/report-format-2021.json";
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
