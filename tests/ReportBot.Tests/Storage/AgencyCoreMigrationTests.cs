using ReportBot.Storage;

namespace ReportBot.Tests.Storage;

/// <summary>Reports stored before names had cores get theirs at the migration, so last year is still found by a near name.</summary>
public sealed class AgencyCoreMigrationTests : IDisposable
{
    private readonly TempStoreFile file = new("core");

    private string db => file.Path;

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task AReportFromBeforeIsFoundByANearNameAfterTheMigration()
    {
        await StoreBeforeMigration.CreateAsync(db, "agency_core", """
            INSERT INTO people (user_id, display_name, role, created_at) VALUES (1, '协调员', 'coordinator', '2026-01-01');
            INSERT INTO reports (format_id, agency, year, status, created_by, created_at)
                VALUES ('gov-info-disclosure-2021', '淮安市洪泽区人民政府', 2023, 'open', 1, '2026-01-01'),
                       ('gov-info-disclosure-2021', '淮安市人民政府', 2023, 'open', 1, '2026-01-01');
            """);

        await using var store = new ReportStore(db);
        await store.MigrateAsync(CancellationToken.None);

        await using var read = await store.ReadAsync(CancellationToken.None);
        var found = await read.ReportsNamedLikeAsync("洪泽区人民政府", 2023, CancellationToken.None);
        Assert.Equal(["淮安市洪泽区人民政府"], found.Select(r => r.Agency));
        Assert.Empty(await read.ReportsNamedLikeAsync("洪泽区人民政府", 2022, CancellationToken.None));
    }
}
