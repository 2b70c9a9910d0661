using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Conversations;

/// <summary>What a people command did: replies, and perhaps a report the conversation must now work on.</summary>
public sealed record PeopleOutcome(List<Reply> Replies, long? BindReportId = null);

/// <summary>
/// Who works on which report: invitations (coordinators invite, staff accept with <c>/start CODE</c>), the list of
/// reports one may see, switching report, and the coordinator's overview.
/// </summary>
public sealed class PeopleCommands(InterviewContext context, BotIdentity identity, IOptions<AccessOptions> access, CoordinatorStatus status)
{
    public const string OpenPrefix = "open:";

    public CoordinatorStatus Status => status;

    /// <summary>The invite code of a <c>/start CODE</c> message (Telegram deep links arrive this way), if any.</summary>
    public static string? InviteCode(string? text) =>
        text?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["/start", var code] && code.Length is > 8 and <= 64 ? code : null;

    /// <summary>Accepts an invite: the person becomes staff (if new) and a member of the report. Null if refused.</summary>
    public async Task<(Person? Person, PeopleOutcome Outcome)> AcceptInviteAsync(StoreSession session, IncomingMessage m, Person? person, string code, DateTimeOffset now, CancellationToken ct)
    {
        var invite = await session.FindInviteAsync(code, ct);
        if (invite is null || invite.UsedBy is not null || invite.ExpiresAt < now)
            return (null, new([new Reply(person is null ? ConversationTexts.Stranger : ConversationTexts.InviteInvalid)]));
        person ??= new Person(m.UserId, string.IsNullOrWhiteSpace(m.UserName) ? $"用户{m.UserId}" : m.UserName, Roles.Staff);
        await session.AddPersonAsync(person, now, ct);
        if (!await session.UseInviteAsync(code, person.UserId, now, ct)) return (null, new([new Reply(ConversationTexts.InviteInvalid)]));
        await session.AddMemberAsync(invite.ReportId, person.UserId, now, ct);
        var report = await session.FindReportAsync(invite.ReportId, ct);
        return (person, new([new Reply(ConversationTexts.Welcome(person.DisplayName, context.Format.TitleFor(report!.Agency, report.Year)))], invite.ReportId));
    }

    /// <summary>Handles /invite, /reports, /open and the open: button; null when the message is none of them.</summary>
    public async Task<PeopleOutcome?> TryHandleAsync(StoreSession session, Person person, ConversationState state, string? text, string? choice, DateTimeOffset now, CancellationToken ct)
    {
        var words = text?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (choice?.StartsWith(OpenPrefix, StringComparison.Ordinal) == true) return await OpenAsync(session, person, state, choice[OpenPrefix.Length..], ct);
        // "/new@bot" is "/new": in groups and from menus Telegram appends the bot's name.
        return words.FirstOrDefault()?.Split('@')[0].ToLowerInvariant() switch
        {
            "/invite" => await InviteAsync(session, person, state, now, ct),
            "/reports" => await ListAsync(session, person, ct),
            "/open" => await OpenAsync(session, person, state, words.ElementAtOrDefault(1), ct),
            "/status" when person.IsCoordinator => new([new Reply(await status.RenderAsync(session, now, ct))]),
            "/new" when !person.IsCoordinator => new([new Reply(ConversationTexts.CoordinatorsOnly)]),
            "/start" when !person.IsCoordinator && state.ReportId is null => new([new Reply(ConversationTexts.NoReportsForStaff)]),
            "/invite" or "/status" => new([new Reply(ConversationTexts.CoordinatorsOnly)]),
            _ => null,
        };
    }

    private async Task<PeopleOutcome> InviteAsync(StoreSession session, Person person, ConversationState state, DateTimeOffset now, CancellationToken ct)
    {
        if (!person.IsCoordinator) return new([new Reply(ConversationTexts.CoordinatorsOnly)]);
        if (state.ReportId is not { } reportId || await session.FindReportAsync(reportId, ct) is not { } report)
            return new([new Reply(ConversationTexts.InviteNeedsReport)]);
        var code = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_');
        var expires = now.AddHours(access.Value.InviteHours);
        await session.CreateInviteAsync(new Invite(code, reportId, expires, null), person.UserId, now, ct);
        var title = context.Format.TitleFor(report.Agency, report.Year);
        return new([new Reply(ConversationTexts.InviteCreated(title, identity.InviteLink(code), access.Value.InviteHours))]);
    }

    private async Task<PeopleOutcome> ListAsync(StoreSession session, Person person, CancellationToken ct)
    {
        var reports = person.IsCoordinator ? await session.AllReportsAsync(ct) : await session.ReportsOfAsync(person.UserId, ct);
        if (reports.Count == 0) return new([new Reply(person.IsCoordinator ? ConversationTexts.NoReportsYet : ConversationTexts.NoReportsForStaff)]);
        var lines = new List<string> { ConversationTexts.ReportsTitle };
        var buttons = new List<Button>();
        var saved = await session.AnswersOfAsync(reports.Select(r => r.Id).ToList(), ct);
        foreach (var r in reports)
        {
            var answers = new AnswerSet(saved[r.Id]);
            var done = context.Plan.Questions.Count(q => q.Keys.All(answers.Has));
            lines.Add($"#{r.Id} {context.Format.TitleFor(r.Agency, r.Year)} · {(r.Status == "submitted" ? "已提交" : "填写中")} · {done}/{context.Plan.Questions.Count}");
            buttons.Add(new Button($"打开 #{r.Id}", OpenPrefix + r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return new([new Reply(string.Join('\n', lines), buttons.Take(24).Chunk(3).Select(c => (IReadOnlyList<Button>)c).ToList())]);
    }

    /// <summary>Staff may open only the reports they were invited to; coordinators any.</summary>
    private static async Task<PeopleOutcome> OpenAsync(StoreSession session, Person person, ConversationState state, string? id, CancellationToken ct)
    {
        if (!long.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var reportId) || await session.FindReportAsync(reportId, ct) is null)
            return new([new Reply(ConversationTexts.OpenUsage)]);
        if (!person.IsCoordinator && !await session.IsMemberAsync(reportId, person.UserId, ct)) return new([new Reply(ConversationTexts.NotYourReport)]);
        if (state.State == InterviewState.Drafting) return new([new Reply(ConversationTexts.FinishDraftFirst)]);
        return new([], reportId);
    }
}
