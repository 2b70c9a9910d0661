using System.Text.Json.Nodes;

namespace ReportBot.Tests.Fakes;

public sealed partial class FakeBotApi
{
    /// <summary>An HTTP status and the Bot API envelope around a result or an error.</summary>
    private readonly record struct Reply(int StatusCode, JsonObject Body)
    {
        public static Reply Ok(JsonNode result) => new(200, new JsonObject { ["ok"] = true, ["result"] = result });

        public static Reply Error(int code, string description, int? retryAfter = null)
        {
            var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
            if (retryAfter is { } seconds)
            {
                body["parameters"] = new JsonObject { ["retry_after"] = seconds };
            }

            return new(code, body);
        }

        public static Reply BadRequest(string description) => Error(400, $"Bad Request: {description}");

        public static Reply Failure(int code, int? retryAfter) => Error(code, code switch
        {
            429 => $"Too Many Requests: retry after {retryAfter ?? 1}",
            400 => "Bad Request",
            401 => "Unauthorized",
            403 => "Forbidden: bot was blocked by the user",
            404 => "Not Found",
            409 => "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
            502 => "Bad Gateway",
            _ => "Internal Server Error",
        }, retryAfter);
    }
}
