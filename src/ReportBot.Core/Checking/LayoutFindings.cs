using ReportBot.Core.Formats;
using ReportBot.Core.Rules;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Checking;

/// <summary>
/// What the reader finds wrong with a report's layout, as R7 findings: where, and in plain words what the 2021 format
/// expects instead. All of the reader's user-facing text is here.
/// </summary>
internal sealed class LayoutFindings(ReportFormat format)
{
    // The format's labels rule (R7) names these findings; a format without one still gets them, as "layout".
    private readonly RuleDefinition? rule = format.RuleOfKind<LabelsCheck>();
    private readonly List<Finding> findings = [];
    private readonly List<UnreadRun> unread = [];

    public IReadOnlyList<Finding> All => findings;

    /// <summary>The glued runs reported unreadable so far, for the repairs that read them from other evidence.</summary>
    public IReadOnlyList<UnreadRun> Unread => unread;

    /// <summary>A run another stage has read with certainty: no longer reported unreadable.</summary>
    public void Resolved(UnreadRun run)
    {
        unread.Remove(run);
        findings.Remove(run.Finding);
    }

    public static string NotAReport(ReportFormat format) =>
        $"未找到政府信息公开工作年度报告的章节标题（{string.Join("、", format.Sections.Select(s => s.Heading))}），这不是一份政府信息公开工作年度报告。";

    public static string TooLarge => "文件过大：年度报告的文字一般只有几十KB（.txt 最多1MB，.docx 最多10MB，正文最多2万行）。";

    public static string TooComplex => "文件内容过于复杂，无法在限定时间内读取。请发送 .docx 或纯文本 .txt。";

    public static string Empty => "文件是空的，没有可读取的政府信息公开工作年度报告内容。";

    public static string NotText => "文件不是文本，也不是 Word 文档（.docx），无法读取。请发送 .docx 文件，或把报告全文复制为纯文本（.txt，UTF-8）。";

    public static string OldWord => "旧版 Word 文件（.doc）无法读取。请在 Word 中“另存为” .docx 后发送，或把报告全文复制为纯文本（.txt）。";

    public static string BadDocx => "这不是有效的 Word 文档（.docx）：文件已损坏或是其他格式。请在 Word 中重新保存为 .docx，或发送纯文本（.txt）。";

    public void MissingSection(SectionDefinition section) =>
        Add(section.Heading, "未找到这一章节标题（须与2021年格式一致），本节内容无法读取", $"{RuleId}.{section.Id}", [], section: section.Id);

    /// <summary>Sections under other numbers, extra sections and missing ones, said once: one departure from the format's outline.</summary>
    public void Outline(ReportFormat format, IReadOnlyDictionary<string, string> renumbered, IReadOnlyList<string> extra, IEnumerable<SectionDefinition> missing)
    {
        var parts = format.Sections.Where(s => renumbered.ContainsKey(s.Id)).Select(s => $"“{renumbered[s.Id]}”应为“{s.Heading}”")
            .Concat(extra.Select(e => $"“{HeadingOf(e)}”不是格式规定的章节，其内容未读取"))
            .Concat(missing.Select(s => $"未找到“{s.Heading}”，本节内容无法读取"));
        Add("章节标题", $"章节与2021年格式不一致：{string.Join("；", parts)}", $"{RuleId}.outline", []);
    }

    // An extra heading inside crawled text runs on into its content: its first words stand for it.
    private static string HeadingOf(string line)
    {
        var end = line.IndexOf("情况", StringComparison.Ordinal);
        return end is > 0 and < 20 ? line[..(end + 2)] : line.Length <= 12 ? line : line[..12] + "…";
    }

    public void Obsolete(TableDefinition table, string label, int index) =>
        Add(table.Caption, $"使用了2019年试行格式的标签“{label}”，2021年格式（国办公开办函〔2021〕30号）的栏目为：{string.Join("、", table.Columns.Select(c => c.Label))}",
            $"{RuleId}.{table.Id}.obsolete{index + 1}", [], table);

    public void Renamed(TableDefinition table, RowDefinition row, string printed) =>
        Add(Where(table, row), $"行标签“{printed}”应为“{row.Label}”（2021年格式），本行数字已照读", Key(table, row.Id), Cells(table, [row]), table);

    public void MisspeltColumn(TableDefinition table, ColumnDefinition column, string printed) =>
        Add($"{table.Caption} 表头", $"列标签“{printed}”应为“{column.Label}”（2021年格式）", $"{RuleId}.{table.Id}.header.{column.Id}", [], table);

    /// <summary>The cells of groups printed as one unsplit row (the 2019 format's （六）其他处理).</summary>
    public HashSet<string> UnsplitCells { get; } = new(StringComparer.Ordinal);

    public void Unsplit(TableDefinition table, string group, IReadOnlyList<RowDefinition> items)
    {
        UnsplitCells.UnionWith(Cells(table, items));
        Add($"{table.Caption} {group}",
            $"“{group}”未按2021年格式拆分为{items.Count}项（{string.Join("；", items.Select(i => i.Label))}），该行数字无法归入各项，各项按未填写处理",
            Key(table, GroupId(items)), Cells(table, items), table);
    }

    public void MissingRow(TableDefinition table, RowDefinition row, string? lookalike, bool read = false) =>
        Add(Where(table, row),
            read
                ? $"行标签“{lookalike}”与格式规定的“{row.Label}”不一致（可能写错），本行数字已照读；请改用格式规定的标签"
                : $"未找到“{row.Label}”这一行（标签可能写错），该行按未填写处理" + (lookalike is null ? "" : $"；表中“{lookalike}”一行与之相近，请改用格式规定的标签"),
            Key(table, row.Id), Cells(table, [row]), table);

    public void MissingValues(TableDefinition table) =>
        Add(table.Caption,
            $"未找到{table.Rows.Count * table.Columns.Count}个数字的数据行（{string.Join("、", table.Rows.Select(r => $"{r.Label}{table.Columns.Count}个"))}），本表按未填写处理",
            $"{RuleId}.{table.Id}", Cells(table, table.Rows), table);

    /// <summary>A row whose figures are printed run together (801000081) with no single split its totals allow.</summary>
    public void Unreadable(TableDefinition table, IReadOnlyList<RowDefinition> rows, string run)
    {
        var where = rows.Count == 1 ? Where(table, rows[0]) : table.Caption;
        var message = $"{where}：数字连在一起（{run}），无法确定如何拆分为{rows.Count * table.Columns.Count}格，本行未能读取，请核对原文";
        var finding = new Finding(UnreadableRow.RuleId, Severities.Warning, where, message, Cells(table, rows), Table: table.Id, Key: $"{UnreadableRow.RuleId}.{table.Id}.{rows[0].Id}");
        findings.Add(finding);
        unread.Add(new UnreadRun(table, rows, run, finding));
    }

    private void Add(string where, string detail, string key, IReadOnlyList<string> cells, TableDefinition? table = null, string? section = null)
    {
        var template = rule?.Message ?? "{where}：{detail}";
        var message = template.Replace("{where}", where, StringComparison.Ordinal).Replace("{detail}", detail, StringComparison.Ordinal);
        findings.Add(new Finding(RuleId, rule?.Severity ?? Severities.Error, where, message, cells, Table: table?.Id, Key: key, Section: section));
    }

    private static string Where(TableDefinition table, RowDefinition row) => $"{table.Caption} {row.Group}{row.Label}";

    private string RuleId => rule?.Id ?? "layout";

    private string Key(TableDefinition table, string id) => $"{RuleId}.{table.Id}.{id}";

    private static List<string> Cells(TableDefinition table, IEnumerable<RowDefinition> rows) =>
        [.. rows.SelectMany(r => table.Columns.Select(c => table.CellKey(r.Id, c.Id)))];

    /// <summary>The items' common id without their numbers: otherHandling1…3 → otherHandling.</summary>
    private static string GroupId(IReadOnlyList<RowDefinition> items) => items[0].Id.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
}
