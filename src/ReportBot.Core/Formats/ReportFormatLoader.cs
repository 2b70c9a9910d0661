using System.Text.Json;

namespace ReportBot.Core.Formats;

/// <summary>Reads a format file and refuses a broken one with a message naming the file, the item and the problem.</summary>
public static class ReportFormatLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ReportFormat Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportFormatException($"{path}: cannot read the report format ({e.Message})", e);
        }
        return Parse(text, path);
    }

    public static ReportFormat Parse(string json, string source)
    {
        ReportFormat? format;
        try
        {
            format = JsonSerializer.Deserialize<ReportFormat>(json, Json);
        }
        catch (JsonException e)
        {
            throw new ReportFormatException($"{source}: not valid JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
        if (format is null)
        {
            throw new ReportFormatException($"{source}: the file is empty");
        }
        var problems = ReportFormatValidator.Problems(format);
        if (problems.Count > 0)
        {
            throw new ReportFormatException($"{source}: {string.Join("; ", problems)}");
        }
        return format;
    }
}
