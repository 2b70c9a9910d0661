using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>One person's conversation as loaded for a message: where it stands, its report and answers, its interview.</summary>
public sealed record LoadedConversation(Person Person, ConversationState State, ReportRow? Report, AnswerSet Answers, AnswerSet? LastYear, Interview Interview)
{
    // typed: the message's text, if any; while a new report is named, it may be the name.
    public static async Task<LoadedConversation> LoadAsync(StoreSession session, Person person, ReportFormats formats, CancellationToken ct, DateTimeOffset? now = null, string? typed = null)
    {
        var (state, report) = await session.ConversationWithReportAsync(person.UserId, ct);
        var answers = report is null ? new AnswerSet() : AnswerSet.Adopt(await session.AnswersAsync(report.Id, ct));
        var lastYear = report is null ? null : await LastYearLoader.LoadAsync(session, report, answers, ct);
        // Only coordinators create reports; staff reach a report only by invitation. Assigned parts lock the others' (co-filling).
        var locks = (await Reviews.Assignments.ForAsync(session, person, ct)).LockFor(person);
        // The known names matter only while a new report is being named: those near the name typed now, else near the
        // name typed last, whose near names a press picks from by their place in this same list.
        var named = typed ?? (state.Dialog as NamingDialog)?.Agency;
        var agencies = state.State == InterviewState.NamingAgency && named is not null ? await session.AgenciesNearAsync(named, ct) : [];
        var interview = new Interview(report is null ? formats.Newest : formats.For(report), state, answers, report?.Info, lastYear)
        {
            MayCreateReports = person.IsCoordinator,
            Now = now,
            KnownAgencies = agencies,
            Locked = locks,
        };
        return new(person, state, report, answers, lastYear, interview);
    }
}
