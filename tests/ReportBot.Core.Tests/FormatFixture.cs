using ReportBot.Core.Formats;

namespace ReportBot.Core.Tests;

/// <summary>The real 2021 format, as copied by the test project into its output folder under config/.</summary>
internal static class FormatFixture
{
    private static readonly Lazy<ReportFormat> Loaded = new(() => ReportFormatLoader.Load(FilePath));

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "config", "report-format-2021.json");

    public static ReportFormat Format => Loaded.Value;

    public static string Json => File.ReadAllText(FilePath);
}
