using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportBot.Commands;

/// <summary>A report as JSON: every answer by item id or cell key, for backup and moving between installations.</summary>
public sealed record ReportExport(string Format, string Agency, int Year, string Status, DateTimeOffset ExportedAt, IReadOnlyDictionary<string, string> Answers)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Chinese stays readable in the file; this JSON is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportExport? FromJson(string json) => JsonSerializer.Deserialize<ReportExport>(json, Json);
}
