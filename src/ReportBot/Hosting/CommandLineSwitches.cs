namespace ReportBot.Hosting;

/// <summary>The short command-line switches and the settings they stand for.</summary>
public static class CommandLineSwitches
{
    public static readonly Dictionary<string, string> Map = new(StringComparer.Ordinal)
    {
        ["--db"] = $"{StorageOptions.Section}:Path",
        ["--user"] = $"{ConsoleChatOptions.Section}:User",
        ["--format-file"] = $"{FormatOptions.Section}:Path",
        ["--documents"] = $"{ConsoleChatOptions.Section}:Documents",
    };
}
