using Microsoft.Data.Sqlite;
using ReportBot.Channels;
using ReportBot.Conversations;
using ReportBot.Tests.Conversations;

namespace ReportBot.Tests.Documents;

public sealed class DocumentJobTests : IDisposable
{
    private readonly ChatDriver chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task ADocumentPromisedOnTelegramIsStoredAsItsJobAndBuiltFromTheRowAloneAsTheConsoleBuildsIt()
    {
        await InterviewSteps.ToTable3Async(chat);
        await chat.SendAsync("3 0 0 0 0 0");
        var outbox = new TelegramOutbox(TimeProvider.System);

        // As the Telegram channel handles it: the replies become outbox rows in the answer's transaction.
        var snapshot = new IncomingMessage("test", chat.UserId, chat.UserId, Text: "/snapshot", UpdateId: 900_001);
        var replies = await chat.Service.HandleAsync(snapshot, (s, r, ct) => outbox.AddRepliesAsync(s, chat.UserId, snapshot.UpdateId, null, snapshot.Text, r, ct), CancellationToken.None);
        var promised = Assert.Single(replies, r => r.Document is not null).Document!;
        Assert.Empty(promised.Content);

        string body;
        object content;
        await using (var connection = new SqliteConnection($"Data Source={chat.DbPath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("SELECT body, content FROM telegram_outbox WHERE kind = 'document'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            (body, content) = (reader.GetString(0), reader.GetValue(1));
        }
        Assert.Equal(DBNull.Value, content);
        var job = Assert.IsType<OutgoingDocument>(Outgoing.FromJson(body)).Job!;
        var built = job.Build(chat.Documents);

        await chat.SendAsync("/snapshot");
        var shown = Assert.Single(chat.Last, r => r.Document is not null).Document!;
        Assert.Equal("测试局2023年政府信息公开工作年度报告（草稿）.docx", built.FileName);
        Assert.Equal(shown.FileName, built.FileName);
        var fromRow = DocxContent.Read(built.Content);
        Assert.Empty(fromRow.ValidationErrors);
        Assert.All(fromRow.Headers, h => Assert.Contains("草稿", h, StringComparison.Ordinal));
        Assert.Equal(DocxContent.Read(shown.Content).Body, fromRow.Body);
    }

    [Fact]
    public async Task AnOutboxRowKeepsItsChineseAsTextNotAsEscapes()
    {
        await chat.AdmitAsync();
        var outbox = new TelegramOutbox(TimeProvider.System);
        var help = new IncomingMessage("test", chat.UserId, chat.UserId, Text: "/help", UpdateId: 900_002);
        var replies = await chat.Service.HandleAsync(help, (s, r, ct) => outbox.AddRepliesAsync(s, chat.UserId, help.UpdateId, null, help.Text, r, ct), CancellationToken.None);

        await using var connection = new SqliteConnection($"Data Source={chat.DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT body FROM telegram_outbox WHERE kind = 'text' ORDER BY id LIMIT 1", connection);
        var body = (string)(await command.ExecuteScalarAsync())!;
        var text = Assert.IsType<OutgoingText>(Outgoing.FromJson(body));
        Assert.Equal(replies[0].Text, text.Plain ?? System.Net.WebUtility.HtmlDecode(text.Html));
        // Every Chinese character of the reply is in the row as itself (3 bytes of UTF-8, not a 6-byte \uXXXX).
        Assert.Contains(replies[0].Text.Split('\n')[0], body, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\\u[4-9][0-9A-F]{3}", body);
    }
}
