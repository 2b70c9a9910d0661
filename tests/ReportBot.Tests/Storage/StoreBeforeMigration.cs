using Microsoft.Data.Sqlite;
using ReportBot.Storage;

namespace ReportBot.Tests.Storage;

/// <summary>
/// A store file as an older build left it: every migration before the first one whose SQL contains a marker, then
/// rows written as that build would have. The test then opens it with today's store, which migrates it.
/// </summary>
internal static class StoreBeforeMigration
{
    public static async Task CreateAsync(string db, string marker, string rows)
    {
        // Wherever merges put that migration in the list.
        var before = Migrations.All.ToList().FindIndex(m => m.Contains(marker, StringComparison.Ordinal));
        await using var c = new SqliteConnection($"Data Source={db}");
        await c.OpenAsync();
        foreach (var sql in Migrations.All.Take(before)) await ExecuteAsync(c, sql);
        await ExecuteAsync(c, $"PRAGMA user_version = {before};\n{rows}");
    }

    private static async Task ExecuteAsync(SqliteConnection c, string sql)
    {
        await using var command = new SqliteCommand(sql, c);
        await command.ExecuteNonQueryAsync();
    }
}
