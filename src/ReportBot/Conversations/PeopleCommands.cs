using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>Who wrote: a known person, or one an invitation just admitted (with the report invited to), or nobody.</summary>
public sealed record Admission(Person? Person, IReadOnlyList<Reply> Replies, long? InvitedReportId = null);

/// <summary>
/// Who works on which report: admitting people (coordinators invite, staff accept with <c>/start CODE</c>), the list
/// of reports one may see, which report one may open, and the coordinator's overview. Rights only: what happens to
/// the conversation is the interview's business.
/// </summary>
public sealed class PeopleCommands(InterviewContext context, BotIdentity identity, IOptions<AccessOptions> access)
{
    public const string OpenPrefix = "open:";

    /// <summary>The invite code of a <c>/start CODE</c> command (Telegram deep links arrive this way), if any.</summary>
    public static string? InviteCode(ChatInput input) =>
        input is CommandInput { Name: ChatCommands.Start, Args: [var code] } && code.Length is > 8 and <= 64 ? code : null;

    /// <summary>The person who wrote; an invite code admits a new one as staff and makes them a member of the report.</summary>
    public async Task<Admission> AdmitAsync(StoreSession session, IncomingMessage m, ChatInput input, DateTimeOffset now, CancellationToken ct)
    {
        var person = await session.FindPersonAsync(m.UserId, ct);
        if (InviteCode(input) is not { } code) return new(person, person is null ? [new Reply(ConversationTexts.Stranger)] : []);
        var invite = await session.FindInviteAsync(code, ct);
        if (invite is null || invite.UsedBy is not null || invite.ExpiresAt < now)
            return new(person, [new Reply(person is null ? ConversationTexts.Stranger : ConversationTexts.InviteInvalid)]);
        var known = person;
        person ??= new Person(m.UserId, string.IsNullOrWhiteSpace(m.UserName) ? $"用户{m.UserId}" : m.UserName, Roles.Staff);
        await session.AddPersonAsync(person, now, ct);
        if (!await session.UseInviteAsync(code, person.UserId, now, ct)) return new(known, [new Reply(ConversationTexts.InviteInvalid)]);
        await session.AddMemberAsync(invite.ReportId, person.UserId, now, ct);
        var report = await session.FindReportAsync(invite.ReportId, ct);
        return new(person, [new Reply(ConversationTexts.Welcome(person.DisplayName, context.Format.TitleFor(report!.Agency, report.Year)))], invite.ReportId);
    }

    public async Task<Reply> InviteAsync(StoreSession session, Person person, long? reportId, DateTimeOffset now, CancellationToken ct)
    {
        if (reportId is not { } id || await session.FindReportAsync(id, ct) is not { } report) return new Reply(ConversationTexts.InviteNeedsReport);
        var code = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_');
        var expires = now.AddHours(access.Value.InviteHours);
        await session.CreateInviteAsync(new Invite(code, id, expires, null), person.UserId, now, ct);
        var title = context.Format.TitleFor(report.Agency, report.Year);
        return new Reply(ConversationTexts.InviteCreated(title, identity.InviteLink(code), access.Value.InviteHours));
    }

    public async Task<Reply> ListAsync(StoreSession session, Person person, CancellationToken ct)
    {
        var (total, reports) = await session.RecentReportsAsync(person.IsCoordinator ? null : person.UserId, Listed, ct);
        if (total == 0) return new Reply(person.IsCoordinator ? ConversationTexts.NoReportsYet : ConversationTexts.NoReportsForStaff);
        var lines = new List<string> { total > reports.Count ? ConversationTexts.RecentReportsTitle(total, reports.Count) : ConversationTexts.ReportsTitle };
        var buttons = new List<Button>();
        var saved = await session.AnswersOfAsync(reports.Select(r => r.Id).ToList(), ct);
        foreach (var r in reports)
        {
            var answers = new AnswerSet(saved[r.Id]);
            var done = context.Plan.Questions.Count(q => q.Keys.All(answers.Has));
            lines.Add($"#{r.Id} {context.Format.TitleFor(r.Agency, r.Year)} · {ConversationTexts.StatusName(r.Status)} · {done}/{context.Plan.Questions.Count}");
            buttons.Add(new Button($"打开 #{r.Id}", OpenPrefix + r.Id.ToString(CultureInfo.InvariantCulture)));
        }
        if (total > reports.Count) lines.Add(ConversationTexts.OtherReports(person.IsCoordinator));
        return new Reply(string.Join('\n', lines), buttons.Chunk(3).Select(c => (IReadOnlyList<Button>)c).ToList());
    }

    // A report per line and an 打开 button each (8 rows of 3): with more, the most recently worked on, and the way to the rest.
    private const int Listed = 24;

    /// <summary>The report to open, or why not: staff may open only the reports they were invited to; coordinators any.</summary>
    public static async Task<(long? ReportId, Reply? Refusal)> MayOpenAsync(StoreSession session, Person person, string? id, CancellationToken ct)
    {
        if (!long.TryParse(id, CultureInfo.InvariantCulture, out var reportId) || await session.FindReportAsync(reportId, ct) is null)
            return (null, new Reply(ConversationTexts.OpenUsage));
        if (!person.IsCoordinator && !await session.IsMemberAsync(reportId, person.UserId, ct)) return (null, new Reply(ConversationTexts.NotYourReport));
        return (reportId, null);
    }
}
