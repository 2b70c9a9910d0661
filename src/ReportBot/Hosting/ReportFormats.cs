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

    public ReportFormats(FormatCatalogue catalogue, Func<ReportFormat, InterviewContext>? context = null)
    {
        Catalogue = catalogue;
        contexts = catalogue.Formats.ToDictionary(f => f.Id, context ?? (f => new InterviewContext(f)), StringComparer.Ordinal);
    }

    public FormatCatalogue Catalogue { get; }

    /// <summary>For what belongs to no report yet: naming a new one, help, a file checked outside a report.</summary>
    public InterviewContext Newest => contexts[Catalogue.Newest.Id];

    public InterviewContext For(ReportRow report) => For(report.FormatId);

    public InterviewContext For(string formatId) =>
        contexts.GetValueOrDefault(formatId)
        ?? throw new ReportFormatException($"format {formatId}: a stored report uses it, but no loaded format file defines it (loaded: {string.Join(", ", contexts.Keys)})");

    public InterviewContext ForYear(int year) => contexts[Catalogue.ForYear(year).Id];

    /// <summary>Every <c>report-format-*.json</c> of <see cref="FormatOptions.Folder"/>, or only <see cref="FormatOptions.Path"/> when given.</summary>
    public static ReportFormats Load(FormatOptions options)
    {
        static string Full(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
        var catalogue = options.Path is { Length: > 0 } file ? new FormatCatalogue([ReportFormatLoader.Load(Full(file))]) : FormatCatalogue.Load(Full(options.Folder));
        return new ReportFormats(catalogue);
    }
}
