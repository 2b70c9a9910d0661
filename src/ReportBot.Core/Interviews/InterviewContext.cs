using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Interviews;

/// <summary>What every interview of one format shares; built once at start, immutable.</summary>
public sealed class InterviewContext(ReportFormat format)
{
    public ReportFormat Format { get; } = format;

    public InterviewPlan Plan { get; } = new(format);

    public RuleEngine Rules { get; } = new(format);

    /// <summary>The figures of last year the cross-year rules need, for typing them when no report supplies them.</summary>
    public IReadOnlyList<LastYearQuestion> LastYearFigures { get; } = LastYearQuestions.From(format);

    /// <summary>The first year the interview accepts: with several formats loaded, the oldest format's first year.</summary>
    public int FirstYear { get; init; } = format.FirstYear;

    /// <summary>The last year the interview accepts: reports are written for a finished or the current year.</summary>
    public int LastYear { get; init; } = DateTime.UtcNow.Year;
}
