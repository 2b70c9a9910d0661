using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Storage;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The overview counts from columns each report keeps (deadline, first answered, last worked on): they are written
/// with the answers and the conversations, and filled in by the migration for a store from before them.
/// </summary>
public sealed class StatusColumnsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 2, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly AttentionRules Rules = ReportBot.Conversations.ReportStates.Rules(new DateOnly(2024, 2, 10), Now - TimeSpan.FromDays(7));

    private readonly TempStoreFile file = new("status");

    private string db => file.Path;

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task AReportIsStartedByItsFirstAnswerStuckUntilSomeoneWorksOnItAndCalledForWhenReturned()
    {
        await using var store = new ReportStore(db);
        await store.MigrateAsync(CancellationToken.None);
        long untouched, answered, worked, returned;
        await using (var s = await store.BeginAsync(CancellationToken.None))
        {
            await s.AddPersonAsync(new Person(1, "协调员", Roles.Coordinator), Now, CancellationToken.None);
            untouched = (await s.CreateReportAsync("gov-info-disclosure-2021", "第一局", 2023, 1, Now, CancellationToken.None)).Id;
            answered = (await s.CreateReportAsync("gov-info-disclosure-2021", "第二局", 2023, 1, Now, CancellationToken.None)).Id;
            worked = (await s.CreateReportAsync("gov-info-disclosure-2021", "某某县人民政府", 2023, 1, Now, CancellationToken.None)).Id;
            await s.SaveAnswersAsync(answered, [new AnswerChange("s1.intro", null, "开始了")], 1, Now - TimeSpan.FromDays(30), CancellationToken.None);
            await s.SaveConversationAsync(1, 1, new ConversationState { State = InterviewState.Answering, ReportId = worked }, Now - TimeSpan.FromDays(1), CancellationToken.None);
            returned = (await s.CreateReportAsync("gov-info-disclosure-2021", "第四局", 2024, 1, Now, CancellationToken.None)).Id;
            await s.SetStatusAsync(returned, ReportStatus.Returned, Now, CancellationToken.None);
            await s.CommitAsync(CancellationToken.None);
        }

        await using var read = await store.ReadAsync(CancellationToken.None);
        var rows = (await read.StatusRowsAsync(Rules, new StatusFilter(null, [], Attention.None), byAttention: false, 0, -1, CancellationToken.None)).ToDictionary(r => r.Report.Id);
        // Due 31 January 2024, a people's government's 31 March: only the departments are overdue on 10 February.
        Assert.Equal(Attention.NotStarted | Attention.Stuck | Attention.Overdue, rows[untouched].Reasons);
        Assert.Equal(Attention.Stuck | Attention.Overdue, rows[answered].Reasons);
        Assert.Equal(Attention.NotStarted, rows[worked].Reasons);
        Assert.Equal(new DateOnly(2024, 3, 31), rows[worked].Deadline);
        // Returned to its writers: a status calling for the coordinator (due 2025, so not overdue).
        Assert.Equal(Attention.NotStarted | Attention.Stuck | Attention.Status, rows[returned].Reasons);
    }

    [Fact]
    public async Task AStoreFromBeforeTheColumnsCountsTheSameAfterTheMigration()
    {
        await StoreBeforeMigration.CreateAsync(db, "started_at", """
            INSERT INTO people (user_id, display_name, role, created_at) VALUES (1, '协调员', 'coordinator', '2024-01-01');
            INSERT INTO reports (id, format_id, agency, year, status, created_by, created_at, deadline)
                VALUES (1, 'gov-info-disclosure-2021', '第一局', 2023, 'open', 1, '2024-01-01', NULL),
                       (2, 'gov-info-disclosure-2021', '某某县人民政府', 2023, 'open', 1, '2024-01-01', NULL),
                       (3, 'gov-info-disclosure-2021', '第三局', 2023, 'open', 1, '2024-01-01', '2024-06-30'),
                       (4, 'gov-info-disclosure-2021', '第四局', 2023, 'submitted', 1, '2024-01-01', NULL);
            INSERT INTO answers (report_id, key, value, updated_by, updated_at) VALUES (1, 's1.intro', '开始了', 1, '2024-01-02T00:00:00.0000000Z');
            INSERT INTO conversations (user_id, chat_id, state, report_id, version, updated_at) VALUES (1, 1, 'Answering', 3, 1, '2024-02-09T00:00:00.0000000Z');
            """);

        await using var store = new ReportStore(db);
        await store.MigrateAsync(CancellationToken.None);

        await using var read = await store.ReadAsync(CancellationToken.None);
        var rows = (await read.StatusRowsAsync(Rules, new StatusFilter(null, [], Attention.None), byAttention: false, 0, -1, CancellationToken.None)).ToDictionary(r => r.Report.Id);
        Assert.Equal(Attention.Stuck | Attention.Overdue, rows[1].Reasons);
        Assert.Equal(Attention.NotStarted | Attention.Stuck, rows[2].Reasons);
        Assert.Equal(new DateOnly(2024, 3, 31), rows[2].Deadline);
        Assert.Equal(Attention.NotStarted, rows[3].Reasons);
        Assert.Equal(new DateOnly(2024, 6, 30), rows[3].Deadline);
        Assert.Equal(Attention.None, rows[4].Reasons);
        var counts = await read.StatusCountsAsync(Rules, CancellationToken.None);
        Assert.Equal(4, counts.Sum(c => c.Count));
        Assert.Equal(1, counts.Where(c => c.Status == ReportStatus.Submitted).Sum(c => c.Count));
    }
}
