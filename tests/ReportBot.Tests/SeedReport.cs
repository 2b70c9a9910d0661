namespace ReportBot.Tests;

/// <summary>The real published report (焦作市人防办, 2023) and the chat lines that fill it.</summary>
public static class SeedReport
{
    public static string Text => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jiaozuo-2023.txt"));

    public static string ChatFile => Path.Combine(AppContext.BaseDirectory, "Fixtures", "jiaozuo-2023.chat.txt");

    /// <summary>The narrative paragraphs of the seed: every non-empty line that is not a table or heading line.</summary>
    public static IReadOnlyList<string> Paragraphs =>
        Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 30 && !l.Contains('\t', StringComparison.Ordinal)).ToList();

    /// <summary>
    /// The same 机关's report a year earlier: title 2022 and its own wording in every narrative paragraph, since a
    /// copy of this year's text would be 内容雷同 (R15). No figures and no statement R13 looks for, so its other
    /// findings are the seed's.
    /// </summary>
    public static string LastYearText
    {
        get
        {
            var paragraphs = Paragraphs.ToHashSet(StringComparer.Ordinal);
            var lines = Text.Replace("焦作市人防办 2023 年", "焦作市人防办 2022 年", StringComparison.Ordinal).Split('\n');
            return string.Join('\n', lines.Select(l => paragraphs.Contains(l.Trim()) ? OwnWording : l));
        }
    }

    private const string OwnWording = "本办按照年度计划推进政务公开各项任务，相关制度执行情况总体良好，栏目维护、审核发布和答复办理均按规定开展，未发现需要专门报告的异常情况。";
}
