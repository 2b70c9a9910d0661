using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Tests.Fakes;

/// <summary>Documents users send, and those the bot sent: getFile, then a GET of /file/bot{token}/{file_path}, as Telegram serves them.</summary>
public sealed partial class FakeBotApi
{
    /// <summary>A user sends a document whose bytes the bot can download.</summary>
    public long SendDocument(long userId, string fileName, byte[] content)
    {
        var fileId = NewFileId("doc");
        lock (gate)
        {
            files[fileId] = (fileName, content);
        }
        var message = UserMessage(userId);
        message["document"] = new JsonObject
        {
            ["file_id"] = fileId,
            ["file_unique_id"] = NewFileId("u"),
            ["file_name"] = fileName,
            ["mime_type"] = MimeType(fileName),
            ["file_size"] = content.Length,
        };
        return Post(message);
    }

    private Reply HandleGetFile(FakeBotApiRequest request)
    {
        var fileId = request.String("file_id") ?? "";
        lock (gate)
        {
            if (!files.TryGetValue(fileId, out var file)) return Reply.Error(400, "Bad Request: invalid file_id");
            return Reply.Ok(new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_size"] = file.Content.Length, ["file_path"] = $"documents/{fileId}" });
        }
    }

    /// <summary>Serves a file's bytes; true when the request was a file download.</summary>
    private async Task<bool> TryServeFileAsync(HttpContext context)
    {
        var prefix = $"/file/bot{Token}/documents/";
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) return false;
        byte[]? content;
        Task? hang;
        lock (gate)
        {
            calls["file"] = calls.GetValueOrDefault("file") + 1;
            content = files.TryGetValue(path[prefix.Length..], out var file) ? file.Content : null;
            hang = hangs.GetValueOrDefault("file")?.Task;
        }
        if (hang is not null)
        {
            // Hang("file", true): a slow download, until turned off or the client gives up.
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
            try
            {
                await hang.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                context.Abort();
                return true;
            }
        }
        context.Response.StatusCode = content is null ? 404 : 200;
        if (content is not null) await context.Response.Body.WriteAsync(content, context.RequestAborted);
        return true;
    }
}
