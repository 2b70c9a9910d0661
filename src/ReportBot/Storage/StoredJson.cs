using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportBot.Storage;

/// <summary>
/// How JSON is written for the store (outbox rows, inbox updates, answer changes bound as parameters): Chinese as
/// UTF-8, not as \uXXXX escapes, which made every row about twice its size, and so the WAL written and fsynced on
/// every message. The relaxed encoder is unsafe only for JSON put into HTML or a script; this never is.
/// </summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = With(new JsonSerializerOptions());

    /// <summary>A copy of <paramref name="options"/> (e.g. the Bot API's) writing for the store.</summary>
    public static JsonSerializerOptions With(JsonSerializerOptions options) => new(options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
