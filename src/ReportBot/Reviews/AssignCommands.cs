using System.Globalization;
using ReportBot.Core.Interviews;
using ReportBot.Hosting;
using ReportBot.Storage;

namespace ReportBot.Reviews;

/// <summary>
/// <c>/assign</c>: the coordinator gives the parts of the current report to invited people, with buttons — a part
/// (a section 一…六, or one table of 二), then a person. A part has one owner: assigning it again replaces the last.
/// </summary>
public sealed class AssignCommands(ReportFormats formats)
{
    public const string Prefix = "asg:";

    /// <summary>The current assignments and a button per part.</summary>
    public async Task<Reply> MenuAsync(StoreSession session, ReportRow report, string? lead, CancellationToken ct)
    {
        var context = formats.For(report);
        var assigned = await session.AssignmentsAsync(report.Id, null, ct);
        var lines = new List<string>();
        if (lead is not null) lines.Add(lead);
        lines.Add(ReviewTexts.AssignTitle);
        var units = Assignments.Units(context).ToList();
        if (assigned.Count == 0) lines.Add(ReviewTexts.NoAssignments);
        foreach (var a in assigned) lines.Add(ReviewTexts.AssignmentLine(units.FirstOrDefault(u => u.Unit == a.Unit).Label ?? a.Unit, a.DisplayName));
        var buttons = units.Select(u => new Button(u.Label, Prefix + u.Unit)).Chunk(3).Select(r => (IReadOnlyList<Button>)r).ToList();
        return new Reply(string.Join('\n', lines), buttons);
    }

    /// <summary>A press: <c>asg:s3</c> asks for the person, <c>asg:s3:2002</c> assigns.</summary>
    public async Task<List<Reply>> ChooseAsync(StoreSession session, Person coordinator, ReportRow report, string choice, DateTimeOffset now, CancellationToken ct)
    {
        var parts = choice[Prefix.Length..].Split(':');
        var context = formats.For(report);
        var unit = Assignments.Units(context).FirstOrDefault(u => u.Unit == parts[0]);
        if (unit.Unit is null) return [new Reply(ReviewTexts.UnknownPart)];
        var members = (await session.MembersAsync(report.Id, ct)).Where(m => !m.IsCoordinator).ToList();
        if (members.Count == 0) return [new Reply(ReviewTexts.NoMembers)];
        if (parts.Length < 2 || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var userId) || members.All(m => m.UserId != userId))
        {
            var buttons = members.Select(m => new Button(m.DisplayName, $"{Prefix}{unit.Unit}:{m.UserId.ToString(CultureInfo.InvariantCulture)}"))
                .Chunk(2).Select(r => (IReadOnlyList<Button>)r).ToList();
            return [new Reply($"「{unit.Label}」{ReviewTexts.PickPerson}", buttons)];
        }
        var person = members.Single(m => m.UserId == userId);
        await session.AssignAsync(report.Id, unit.Unit, userId, coordinator.UserId, now, ct);
        var title = context.Format.TitleFor(report.Agency, report.Year);
        return [await MenuAsync(session, report, ReviewTexts.Assigned(unit.Label, person.DisplayName), ct), new Reply(ReviewTexts.AssignedToYou(title, unit.Label), [], null, userId)];
    }
}
