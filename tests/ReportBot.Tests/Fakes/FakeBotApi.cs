using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReportBot.Tests.Fakes;

/// <summary>
/// A Telegram Bot API server on 127.0.0.1 for end-to-end tests with the real Telegram.Bot client: users are
/// simulated with <see cref="SendText"/> and friends, getUpdates is a real long poll, and what the bot sends is
/// recorded for inspection. Faults (<see cref="FailNext"/>, <see cref="Hang"/>) test resilience.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_abcdefghijklmnopqrstuv";
    public const string BotUserName = "reportbot_test_bot";
    public const long BotId = 123456;

    private readonly Lock gate = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Dictionary<string, int> calls = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Queue<(int StatusCode, int? RetryAfter)>> faults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TaskCompletionSource> hangs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<FakeBotApiRequest, Reply>> methods;
    private WebApplication? app;
    private int disposed;

    private FakeBotApi()
    {
        methods = new(StringComparer.OrdinalIgnoreCase)
        {
            ["getMe"] = _ => Reply.Ok(BotUser()),
            ["deleteWebhook"] = _ => Reply.Ok(true),
            ["sendChatAction"] = _ => Reply.Ok(true),
            ["setMyCommands"] = HandleSetMyCommands,
            ["sendMessage"] = HandleSendMessage,
            ["editMessageText"] = HandleEditMessageText,
            ["editMessageReplyMarkup"] = HandleEditMessageReplyMarkup,
            ["answerCallbackQuery"] = HandleAnswerCallbackQuery,
            ["sendDocument"] = HandleSendDocument,
            ["leaveChat"] = HandleLeaveChat,
            ["getFile"] = HandleGetFile,
        };
    }

    /// <summary>http://127.0.0.1:PORT, for <c>new TelegramBotClientOptions(FakeBotApi.Token, fake.BaseUrl)</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeBotApi> StartAsync()
    {
        var fake = new FakeBotApi();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--urls", "http://127.0.0.1:0"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        // Telegram accepts uploads up to 50 MB; Kestrel's default limit is 30 MB.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 64 * 1024 * 1024);
        var app = builder.Build();
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        fake.app = app;
        fake.BaseUrl = app.Urls.Single().TrimEnd('/');
        return fake;
    }

    /// <summary>With <see cref="FailNext"/>: the connection is reset before the call is carried out.</summary>
    public const int ResetBefore = 0;

    /// <summary>With <see cref="FailNext"/>: the call is carried out, then the connection is reset (the answer is lost).</summary>
    public const int ResetAfter = -1;

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> fail with this status (429: with
    /// retry_after), or with <see cref="ResetBefore"/> / <see cref="ResetAfter"/> the connection drops.
    /// </summary>
    public void FailNext(string method, int count, int statusCode, int? retryAfter = null)
    {
        lock (gate)
        {
            if (!faults.TryGetValue(method, out var queue))
            {
                faults[method] = queue = new();
            }

            for (var i = 0; i < count; i++)
            {
                queue.Enqueue((statusCode, retryAfter));
            }
        }
    }

    /// <summary>How many faults armed with <see cref="FailNext"/> still wait for a call of <paramref name="method"/>.</summary>
    public int PendingFaults(string method)
    {
        lock (gate) return faults.TryGetValue(method, out var queue) ? queue.Count : 0;
    }

    /// <summary>While on, calls of <paramref name="method"/> get no answer until the client gives up, it is turned off or the server stops.</summary>
    public void Hang(string method, bool on)
    {
        lock (gate)
        {
            if (on)
            {
                hangs.TryAdd(method, new(TaskCreationOptions.RunContinuationsAsynchronously));
            }
            else if (hangs.Remove(method, out var hang))
            {
                hang.TrySetResult();
            }
        }
    }

    public int CallCount(string method)
    {
        lock (gate)
        {
            return calls.GetValueOrDefault(method);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        // Ends long polls and hung requests first, so stopping Kestrel does not wait for them.
        await stopping.CancelAsync();
        if (app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await app.StopAsync(timeout.Token);
            await app.DisposeAsync();
        }

        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (await TryServeFileAsync(context)) return;
        var path = context.Request.Path.Value ?? "";
        var slash = path.LastIndexOf('/');
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || slash < 4)
        {
            await WriteAsync(context, Reply.Error(404, "Not Found"));
            return;
        }

        if (!string.Equals(path[4..slash], Token, StringComparison.Ordinal))
        {
            await WriteAsync(context, Reply.Error(401, "Unauthorized"));
            return;
        }

        var method = path[(slash + 1)..];
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        try
        {
            await WriteAsync(context, await InvokeAsync(method, context.Request, cancel.Token));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The client gave up or the server is stopping: drop the connection, as a lost request would.
            context.Abort();
        }
        catch (ConnectionReset)
        {
            context.Abort();
        }
    }

    private async Task<Reply> InvokeAsync(string method, HttpRequest http, CancellationToken ct)
    {
        Task? hang;
        lock (gate)
        {
            calls[method] = calls.GetValueOrDefault(method) + 1;
            hang = hangs.GetValueOrDefault(method)?.Task;
        }

        if (hang is not null)
        {
            await hang.WaitAsync(ct);
        }

        var resetAfter = false;
        lock (gate)
        {
            if (faults.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault))
            {
                if (fault.StatusCode == ResetBefore)
                {
                    throw new ConnectionReset();
                }

                resetAfter = fault.StatusCode == ResetAfter;
                if (!resetAfter)
                {
                    return Reply.Failure(fault.StatusCode, fault.RetryAfter);
                }
            }
        }

        var reply = await CarryOutAsync(method, http, ct);
        return resetAfter ? throw new ConnectionReset() : reply;
    }

    private async Task<Reply> CarryOutAsync(string method, HttpRequest http, CancellationToken ct)
    {

        FakeBotApiRequest request;
        try
        {
            request = await FakeBotApiRequest.ReadAsync(http, ct);
        }
        catch (JsonException)
        {
            return Reply.Error(400, "Bad Request: can't parse JSON");
        }

        if (string.Equals(method, "getUpdates", StringComparison.OrdinalIgnoreCase))
        {
            return await GetUpdatesAsync(request, ct);
        }

        if (!methods.TryGetValue(method, out var handler))
        {
            return Reply.Error(404, "Not Found: method not found");
        }

        lock (gate)
        {
            try
            {
                return handler(request);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException)
            {
                // A parameter of the wrong JSON type, e.g. a number where Telegram wants a string.
                return Reply.BadRequest(e.Message);
            }
        }
    }

    private sealed class ConnectionReset : Exception;

    private static async Task WriteAsync(HttpContext context, Reply reply)
    {
        context.Response.StatusCode = reply.StatusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(reply.Body.ToJsonString(), context.RequestAborted);
    }
}
