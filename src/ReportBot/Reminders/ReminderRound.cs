using Microsoft.Extensions.Options;
using ReportBot.Channels;
using ReportBot.Conversations;
using ReportBot.Core.Answers;
using ReportBot.Core.Deadlines;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Reminders;

/// <summary>How many reminders and digests one round queued.</summary>
public sealed record ReminderResult(int Reminders, int Digests);

/// <summary>
/// One pass of the scheduler at a given moment: for each unfinished report whose next threshold (days before its
/// deadline) has come, a reminder to each person with unfinished work, and to each coordinator one digest of those
/// reports. Nothing in quiet hours. Each reminder is recorded in reminders_sent in the transaction that queues its
/// outbox row, so it goes out at most once, across restarts too, at the outbox's pace.
/// </summary>
public sealed class ReminderRound(ReportStore store, ReportFormats formats, IUnfinishedWork work, TelegramOutbox outbox, TelegramSignals signals, IOptions<ReminderOptions> options)
{
    public const string PersonKind = "person", DigestKind = "digest";

    public async Task<ReminderResult> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (ChinaTime.IsQuiet(now)) return new(0, 0);
        var today = ChinaTime.Today(now);
        await using var session = await store.BeginAsync(ct);
        var due = (await session.UnfinishedReportsAsync(ReportStates.Finished, ct))
            .Select(r => (Due: r, Days: Threshold(r.Deadline, today))).Where(x => x.Days is not null).ToList();
        if (due.Count == 0) return new(0, 0);
        var answers = await session.AnswersOfAsync(due.Select(d => d.Due.Report.Id).ToList(), ct);
        var owing = (await work.OfAsync(session, due.Select(d => d.Due).ToList(), ct)).ToLookup(w => w.ReportId);
        var reminders = 0;
        var lines = new List<(long ReportId, int Days, string Text)>();
        foreach (var (report, days) in due)
        {
            var saved = new AnswerSet(answers[report.Report.Id]);
            var title = formats.For(report.Report).Format.TitleFor(report.Report.Agency, report.Report.Year);
            var deadline = ReportDeadlines.Describe(report.Deadline, today);
            foreach (var person in owing[report.Report.Id])
            {
                if (!await session.RecordReminderAsync(report.Report.Id, person.UserId, PersonKind, days!.Value, now, ct)) continue;
                var text = ReminderTexts.Person(person.DisplayName, title, deadline, OpenItems(report.Report, saved, person.SectionIds), report.Report.Id);
                await outbox.AddTextAsync(session, person.UserId, null, text, ct);
                reminders++;
            }
            var names = owing[report.Report.Id].Select(p => p.DisplayName).Distinct().ToList();
            lines.Add((report.Report.Id, days!.Value, ReminderTexts.DigestReport(report.Report.Id, title, deadline, OpenItems(report.Report, saved, null), ReminderTexts.People(names))));
        }
        var digests = 0;
        foreach (var coordinator in await session.CoordinatorIdsAsync(ct))
        {
            var included = new List<string>();
            foreach (var line in lines)
                if (await session.RecordReminderAsync(line.ReportId, coordinator, DigestKind, line.Days, now, ct)) included.Add(line.Text);
            if (included.Count == 0) continue;
            await outbox.AddTextAsync(session, coordinator, null, string.Join("\n\n", [ReminderTexts.DigestTitle, .. included, ReminderTexts.DigestFooter]), ct);
            digests++;
        }
        await session.CommitAsync(ct);
        if (reminders + digests > 0) signals.Outbox.Pulse();
        return new(reminders, digests);
    }

    /// <summary>The nearest threshold reached (days before the deadline), or null when none has come yet.</summary>
    public int? Threshold(DateOnly deadline, DateOnly today)
    {
        var left = deadline.DayNumber - today.DayNumber;
        var reached = options.Value.Thresholds.Where(d => left <= d).ToList();
        return reached.Count == 0 ? null : reached.Min();
    }

    /// <summary>The required questions still open, per section (only <paramref name="sections"/> when given).</summary>
    private string OpenItems(ReportRow report, AnswerSet answers, IReadOnlyList<string>? sections)
    {
        var open = formats.For(report).Plan.Questions
            .Where(q => q.Required && !q.Keys.All(answers.Has) && (sections is null || sections.Contains(q.Section.Id))).ToList();
        return ReminderTexts.Open(open.Count, string.Join("；", open.GroupBy(q => q.Section.Short).Select(g => $"{g.Key} {g.Count()}项")));
    }
}
