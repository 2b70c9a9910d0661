using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Formats;

/// <summary>Reads a format file and refuses a broken one with a message naming the file, the item and the problem.</summary>
public static partial class ReportFormatLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A check's "type" may come after its parameters: the file is written for people, not for the parser.
        AllowOutOfOrderMetadataProperties = true,
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
        // A check without a known "type": the serializer says JsonException or NotSupportedException (abstract type).
        catch (Exception e) when (e is JsonException or NotSupportedException && UnknownCheckType(json, e) is { } problem)
        {
            throw new ReportFormatException($"{source}: {problem}", e);
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

    /// <summary>
    /// A check whose "type" is missing or not a known kind, named by its rule: <c>rule R1: unknown check type "sum"
    /// (known: balance, …)</c>, rather than the serializer's words about discriminators.
    /// </summary>
    private static string? UnknownCheckType(string json, Exception e)
    {
        var at = CheckPath().Match(e.Message);
        if (!at.Success || !(e.Message.Contains("discriminator", StringComparison.Ordinal) || e.Message.Contains(nameof(RuleCheck), StringComparison.Ordinal))) return null;
        var index = int.Parse(at.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rule = JsonNode.Parse(json, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })?["rules"]?[index];
        var type = rule?["check"]?["type"]?.ToString();
        var known = string.Join(", ", RuleCheck.KnownTypes);
        return $"rule {rule?["id"]?.ToString() ?? $"#{index + 1}"}: " + (type is null ? $"the check has no \"type\" (known: {known})" : $"unknown check type \"{type}\" (known: {known})");
    }

    [GeneratedRegex(@"Path: \$\.rules\[(\d+)\]\.check\b")]
    private static partial Regex CheckPath();
}
