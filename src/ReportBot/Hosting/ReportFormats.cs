using ReportBot.Core.Checking;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Storage;

namespace ReportBot.Hosting;

/// <summary>
/// The report formats loaded at start, each with its interview context built once, and which one a report uses:
/// the format it was created with (<c>reports.format_id</c>). A new report takes the format in force for its year.
/// </summary>
public sealed class ReportFormats
{
    private readonly Dictionary<string, InterviewContext> contexts;

    /// <param name="catalogue">The formats.</param>
    /// <param name="context">How each format's context is built (tests fix its years); by default a report may be
    /// named for any year from the oldest format's first year on.</param>
    public ReportFormats(FormatCatalogue catalogue, Func<ReportFormat, InterviewContext>? context = null)
    {
        Catalogue = catalogue;
        var firstYear = catalogue.Formats[0].FirstYear;
        contexts = catalogue.Formats.ToDictionary(f => f.Id, context ?? (f => new InterviewContext(f) { FirstYear = firstYear }), StringComparer.Ordinal);
    }

    public FormatCatalogue Catalogue { get; }

    /// <summary>For what belongs to no report yet: naming a new one, help, a file checked outside a report.</summary>
    public InterviewContext Newest => contexts[Catalogue.Newest.Id];

    public InterviewContext For(ReportRow report) => For(report.FormatId);

    public InterviewContext For(string formatId) =>
        contexts.GetValueOrDefault(formatId)
        ?? throw new ReportFormatException($"format {formatId}: a stored report uses it, but no loaded format file defines it (loaded: {string.Join(", ", contexts.Keys)})");

    public InterviewContext ForYear(int year) => contexts[Catalogue.ForYear(year).Id];

    /// <summary>
    /// A published report read in the format in force for the year its title names: read in the newest format to
    /// learn the year, and again in that year's format when it is another.
    /// </summary>
    /// <exception cref="UnreadableReportException">The file cannot be read as a report.</exception>
    public (PublishedReport Report, ReportFormat Format) ReadPublished(string fileName, byte[] content)
    {
        var newest = Catalogue.Newest;
        var report = PublishedReportReader.Read(newest, fileName, content);
        var format = report.Year is { } year ? Catalogue.ForYear(year) : newest;
        return format.Id == newest.Id ? (report, format) : (PublishedReportReader.Read(format, fileName, content), format);
    }

    /// <summary>Every <c>report-format-*.json</c> of <see cref="FormatOptions.Folder"/>, or only <see cref="FormatOptions.Path"/> when given.</summary>
    public static ReportFormats Load(FormatOptions options)
    {
        static string Full(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
        var catalogue = options.Path is { Length: > 0 } file ? new FormatCatalogue([ReportFormatLoader.Load(Full(file))]) : FormatCatalogue.Load(Full(options.Folder));
        return new ReportFormats(catalogue);
    }
}
