using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>The problems of a check naming one table and some of its rows and columns, worded as the validator words them.</summary>
internal static class TableNames
{
    public static IEnumerable<string> Problems(ReportFormat format, string? tableId, IEnumerable<(string Name, string? Id)> rows, IEnumerable<(string Name, string? Id)> columns)
    {
        var t = format.Tables.FirstOrDefault(x => x.Id == tableId);
        if (t is null)
        {
            yield return $"unknown table \"{tableId}\"";
            yield break;
        }
        foreach (var (name, id) in rows.Where(r => r.Id is not null && (t.Rows ?? []).All(x => x.Id != r.Id)))
            yield return $"\"{name}\" names \"{id}\", not in {t.Id}";
        foreach (var (name, id) in columns.Where(c => c.Id is not null && (t.Columns ?? []).All(x => x.Id != c.Id)))
            yield return $"\"{name}\" names \"{id}\", not in {t.Id}";
    }
}
