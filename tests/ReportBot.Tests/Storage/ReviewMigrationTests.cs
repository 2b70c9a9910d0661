using Microsoft.Data.Sqlite;
using ReportBot.Core.Interviews;
using ReportBot.Storage;

namespace ReportBot.Tests.Storage;

/// <summary>The review's migration rebuilds reports (its status CHECK) keeping every row and every reference to it.</summary>
public sealed class ReviewMigrationTests : IDisposable
{
    private readonly TempStoreFile file = new("migration");

    private string db => file.Path;

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task AStoreFromBeforeTheReviewKeepsItsReportsAndAnswersAndAcceptsTheNewStatuses()
    {
        await StoreBeforeMigration.CreateAsync(db, "reports_rebuilt", """
            INSERT INTO people (user_id, display_name, role, created_at) VALUES (1, '协调员', 'coordinator', '2026-01-01');
            INSERT INTO reports (format_id, agency, year, status, created_by, created_at, submitted_at)
                VALUES ('gov-info-disclosure-2021', '测试局', 2023, 'submitted', 1, '2026-01-01', '2026-01-02');
            INSERT INTO answers (report_id, key, value, updated_by, updated_at) VALUES (1, 's1.intro', '概述', 1, '2026-01-01');
            INSERT INTO report_members (report_id, user_id, added_at) VALUES (1, 1, '2026-01-01');
            """);

        var store = new ReportStore(db);
        await store.MigrateAsync(CancellationToken.None);

        await using var s = await store.BeginAsync(CancellationToken.None);
        var report = await s.FindReportAsync(1, CancellationToken.None);
        Assert.Equal(new ReportRow(1, "gov-info-disclosure-2021", "测试局", 2023, ReportStatus.Submitted), report);
        Assert.Equal("概述", (await s.AnswersAsync(1, CancellationToken.None))["s1.intro"]);
        Assert.True(await s.IsMemberAsync(1, 1, CancellationToken.None));
        await s.SetStatusAsync(1, ReportStatus.Returned, DateTimeOffset.UtcNow, CancellationToken.None);
        await s.SetStatusAsync(1, ReportStatus.Approved, DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal(ReportStatus.Approved, (await s.FindReportAsync(1, CancellationToken.None))!.Status);
        // The answers still point at reports: an answer of a report that does not exist is refused.
        await Assert.ThrowsAsync<SqliteException>(() => s.SaveAnswersAsync(99, [new("s1.intro", null, "x")], 1, DateTimeOffset.UtcNow, CancellationToken.None));
    }
}
