using Microsoft.Data.Sqlite;

namespace ReportBot.Tests.Storage;

/// <summary>A SQLite file of one test's own in the temp folder, deleted with its WAL and shared-memory files.</summary>
internal sealed class TempStoreFile(string name) : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reportbot-{name}-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Path + suffix);
    }
}
