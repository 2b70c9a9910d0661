namespace ReportBot.Tests;

/// <summary>The real published report (焦作市人防办, 2023) and the chat lines that fill it.</summary>
public static class SeedReport
{
    public static string Text => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jiaozuo-2023.txt"));

    public static string ChatFile => Path.Combine(AppContext.BaseDirectory, "Fixtures", "jiaozuo-2023.chat.txt");

    /// <summary>The narrative paragraphs of the seed: every non-empty line that is not a table or heading line.</summary>
    public static IReadOnlyList<string> Paragraphs =>
        Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 30 && !l.Contains('\t', StringComparison.Ordinal)).ToList();
}
