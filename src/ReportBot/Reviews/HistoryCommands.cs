using ReportBot.Core.Interviews;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Reviews;

/// <summary>
/// <c>/history</c> (and the 修改记录 button at an item): who changed what when, old → new. Coordinators see every
/// item; staff see the items of their own parts (everything, when the report is not divided).
/// </summary>
public sealed class HistoryCommands(ReportFormats formats)
{
    private const int Shown = 20;

    /// <summary>The history of one question (<paramref name="questionId"/>), or the newest changes the person may see.</summary>
    public async Task<Reply> ShowAsync(StoreSession session, Person person, ReportRow report, string? questionId, CancellationToken ct)
    {
        var names = new ItemNames(formats.For(report));
        var mine = await MayReadAsync(session, person, report, ct);
        var question = questionId is null ? null : names.Context.Plan.Find(questionId);
        if (question is not null && !mine(question)) return new Reply(ReviewTexts.HistoryNotYours);
        // The newest the person may see, read from the newest back until there are enough, then oldest first.
        var shown = new List<AnswerEdit>(Shown);
        await foreach (var e in session.EditsNewestFirstAsync(report.Id, question?.Keys.ToList(), ct))
        {
            if (names.QuestionOf(e.Key) is { } q && mine(q)) shown.Add(e);
            if (shown.Count == Shown) break;
        }
        shown.Reverse();
        if (shown.Count == 0) return new Reply(ReviewTexts.HistoryEmpty);
        var lines = new List<string> { ReviewTexts.HistoryTitle(question is null ? null : ItemNames.Name(question)) };
        lines.AddRange(shown.Select(e => ReviewTexts.HistoryLine(names.KeyName(e.Key), e.ChangedByName, e.ChangedAt, e.OldValue, e.NewValue)));
        return new Reply(string.Join('\n', lines));
    }

    /// <summary><c>/history</c>, <c>/history 三 5</c>.</summary>
    public Task<Reply> CommandAsync(StoreSession session, Person person, ReportRow report, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count == 0) return ShowAsync(session, person, report, null, ct);
        var names = new ItemNames(formats.For(report));
        if (args.Count < 2 || names.Section(args[0]) is not { } section || !int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var n)
            || names.Item(section, n) is not { } q)
            return Task.FromResult(new Reply(ReviewTexts.HistoryUsage));
        return ShowAsync(session, person, report, q.Id, ct);
    }

    private static async Task<Func<Question, bool>> MayReadAsync(StoreSession session, Person person, ReportRow report, CancellationToken ct)
    {
        if (person.IsCoordinator) return _ => true;
        var assignments = new Assignments(await session.AssignmentsAsync(report.Id, null, ct));
        if (!assignments.Any(report.Id)) return _ => true;
        return q => assignments.OwnerOf(report.Id, q)?.UserId == person.UserId;
    }
}
