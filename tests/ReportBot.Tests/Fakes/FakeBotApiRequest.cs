using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Tests.Fakes;

/// <summary>The parameters of one Bot API call, from a JSON body, a multipart form or the query string.</summary>
internal sealed class FakeBotApiRequest
{
    private readonly Dictionary<string, JsonNode?> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string FileName, byte[] Content)> files = new(StringComparer.Ordinal);

    private FakeBotApiRequest()
    {
    }

    public static async Task<FakeBotApiRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var result = new FakeBotApiRequest();
        foreach (var (name, value) in request.Query)
        {
            result.values[name] = FromField(value.ToString());
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var (name, value) in form)
            {
                result.values[name] = FromField(value.ToString());
            }

            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content, ct);
                result.files[file.Name] = (file.FileName, content.ToArray());
            }

            return result;
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(ct);
        if (!string.IsNullOrWhiteSpace(body) && JsonNode.Parse(body) is JsonObject json)
        {
            foreach (var (name, value) in json)
            {
                result.values[name] = value?.DeepClone();
            }
        }

        return result;
    }

    public JsonNode? Node(string name) => values.GetValueOrDefault(name);

    public string? String(string name) => Node(name) switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonNode n => n.ToJsonString(),
        null => null,
    };

    public long? Long(string name) => Node(name) switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
        _ => null,
    };

    public int? Int(string name) => Long(name) is { } l and >= int.MinValue and <= int.MaxValue ? (int)l : null;

    public bool Bool(string name) => Node(name) switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => string.Equals(s, "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>An uploaded file: a part with the parameter's own name, or the part an <c>attach://name</c> value points at.</summary>
    public (string FileName, byte[] Content)? File(string name)
    {
        if (files.TryGetValue(name, out var direct))
        {
            return direct;
        }

        const string Attach = "attach://";
        var reference = String(name);
        return reference is not null && reference.StartsWith(Attach, StringComparison.Ordinal)
            && files.TryGetValue(reference[Attach.Length..], out var attached) ? attached : null;
    }

    /// <summary>Multipart fields are strings; objects and arrays among them (reply_markup, entities) are JSON.</summary>
    private static JsonNode? FromField(string value)
    {
        var trimmed = value.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
                // Not JSON after all: keep the text.
            }
        }

        return JsonValue.Create(value);
    }
}
