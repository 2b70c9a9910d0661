using System.Text.Json;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Tests.Checking.Corpus;

/// <summary>One defect a checker should report (or, when optional, may report), as written in truth.json.</summary>
internal sealed record TruthDefect(string Rule, string Kind, string Where, bool Optional);

/// <summary>One corpus file's ground truth: its defects and, for 2021-format reports, every figure by cell key (null = blank).</summary>
internal sealed record TruthFile(string File, int Year, bool Format2019, IReadOnlyList<TruthDefect> Defects, IReadOnlyDictionary<string, decimal?> Figures);

/// <summary>
/// The development corpus, <c>../shared/corpus</c> from the repository root (CI has it there), and its truth.json.
/// Table 三's 25 rows and table 四's 3 blocks are listed in the format's order, so they map to cell keys by position.
/// </summary>
internal static class CorpusTruth
{
    public static string Directory { get; } = Find();

    public static IReadOnlyList<TruthFile> Load(ReportFormat format)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "truth.json")));
        var files = new List<TruthFile>();
        foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
        {
            var is2019 = file.GetProperty("format").GetString()!.StartsWith("2019", StringComparison.Ordinal);
            var defects = file.GetProperty("defects").EnumerateArray().Select(d => new TruthDefect(
                d.GetProperty("rule").GetString()!, d.GetProperty("kind").GetString()!, d.GetProperty("where").GetString()!,
                d.TryGetProperty("optional", out var o) && o.GetBoolean())).ToList();
            files.Add(new TruthFile(file.GetProperty("file").GetString()!, file.GetProperty("year").GetInt32(), is2019, defects, is2019 ? new Dictionary<string, decimal?>() : Figures(format, file)));
        }
        foreach (var cross in json.RootElement.GetProperty("cross_year").EnumerateArray())
        {
            if (!cross.TryGetProperty("defects", out var crossDefects)) continue;
            foreach (var d in crossDefects.EnumerateArray())
            {
                var index = files.FindIndex(f => f.File == d.GetProperty("file").GetString());
                // Some files list their cross-year defect themselves too.
                if (files[index].Defects.Any(x => x.Rule == d.GetProperty("rule").GetString())) continue;
                files[index] = files[index] with { Defects = [.. files[index].Defects, new TruthDefect(d.GetProperty("rule").GetString()!, d.GetProperty("kind").GetString()!, d.GetProperty("where").GetString()!, d.GetProperty("optional").GetBoolean())] };
            }
        }
        return files;
    }

    private static Dictionary<string, decimal?> Figures(ReportFormat format, JsonElement file)
    {
        var figures = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        var t2 = file.GetProperty("table2");
        void Row(string table, string row, JsonElement value)
        {
            var t = format.Table(table);
            var values = value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : new[] { value };
            for (var c = 0; c < t.Columns.Count; c++) figures[t.CellKey(row, t.Columns[c].Id)] = values.Length > c ? Number(values[c]) : null;
        }
        foreach (var p in t2.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Null) continue;
            if (p.Name.StartsWith("规章", StringComparison.Ordinal)) Row("t2.1", "rules", p.Value);
            else if (p.Name.StartsWith("行政规范性文件", StringComparison.Ordinal)) Row("t2.1", "normative", p.Value);
            else if (p.Name == "行政许可") Row("t2.5", "permit", p.Value);
            else if (p.Name == "行政处罚") Row("t2.6", "penalty", p.Value);
            else if (p.Name == "行政强制") Row("t2.6", "coercion", p.Value);
            else if (p.Name == "行政事业性收费 (万元)") Row("t2.8", "fees", p.Value);
        }
        var t3 = format.Table("t3");
        var rows3 = file.GetProperty("table3").EnumerateObject().ToList();
        for (var r = 0; r < rows3.Count && r < t3.Rows.Count; r++) Row("t3", t3.Rows[r].Id, rows3[r].Value);
        var t4 = format.Table("t4");
        var rows4 = file.GetProperty("table4").EnumerateObject().ToList();
        for (var r = 0; r < rows4.Count && r < t4.Rows.Count; r++) Row("t4", t4.Rows[r].Id, rows4[r].Value);
        return figures;
    }

    private static decimal? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDecimal() : null;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportBot.sln"))) return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
        }
        throw new InvalidOperationException("ReportBot.sln not found above the test's folder");
    }
}
