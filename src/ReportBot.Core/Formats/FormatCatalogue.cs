namespace ReportBot.Core.Formats;

/// <summary>
/// Every report format of a folder (<c>report-format-*.json</c>). A report keeps the format it was created with;
/// a new report, or a published one being checked, takes the newest format in force for its year, so a format
/// file for earlier or later years is added without code.
/// </summary>
public sealed class FormatCatalogue
{
    public const string FilePattern = "report-format-*.json";

    public FormatCatalogue(IEnumerable<ReportFormat> formats)
    {
        Formats = [.. formats.OrderBy(f => f.FirstYear)];
        if (Formats.Count == 0) throw new ReportFormatException("no report format given");
        if (Formats.GroupBy(f => f.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ReportFormatException($"format {twice.Key}: defined by more than one file");
        if (Formats.GroupBy(f => f.FirstYear).FirstOrDefault(g => g.Count() > 1) is { } sameYear)
            throw new ReportFormatException($"formats {string.Join(", ", sameYear.Select(f => f.Id))}: all start in {sameYear.Key}; which one a report of that year uses would be a guess");
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<ReportFormat> Formats { get; }

    public ReportFormat Newest => Formats[^1];

    /// <summary>Every format file of <paramref name="folder"/>; each is validated, and a broken one is named.</summary>
    public static FormatCatalogue Load(string folder)
    {
        string[] files;
        try
        {
            files = Directory.GetFiles(folder, FilePattern);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportFormatException($"{folder}: cannot list the report formats ({e.Message})", e);
        }
        if (files.Length == 0) throw new ReportFormatException($"{folder}: no report format ({FilePattern})");
        return new FormatCatalogue(files.Order(StringComparer.Ordinal).Select(ReportFormatLoader.Load));
    }

    public ReportFormat? Find(string id) => Formats.FirstOrDefault(f => f.Id == id);

    /// <summary>The newest format in force for <paramref name="year"/>; for a year before every format, the oldest.</summary>
    public ReportFormat ForYear(int year) => Formats.LastOrDefault(f => f.FirstYear <= year) ?? Formats[0];
}
