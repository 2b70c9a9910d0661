using ReportBot.Core.Formats;

namespace ReportBot.Core.Tests;

/// <summary>
/// A 2019-style test format (Fixtures/report-format-2019.json): the 2019 trial format's 表二（一） columns and
/// 规范性文件, an unsplit （六）其他处理, no R9, and a ceiling rule R14 on the fee. Not the full 2019 format.
/// </summary>
internal static class FormatFixture2019
{
    private static readonly Lazy<ReportFormat> Loaded = new(() => ReportFormatLoader.Load(FilePath));

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "report-format-2019.json");

    public static ReportFormat Format => Loaded.Value;
}
