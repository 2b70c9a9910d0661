using System.Diagnostics;
using ReportBot.Tests.Fakes;

namespace ReportBot.Soak;

/// <summary>
/// A person filling their report: types or presses the next line once the bot has answered the last one (as the
/// reference run says it must), and gives up waiting after a while, as people do, going on regardless.
/// </summary>
public sealed class SoakUser(FakeBotApi api, Script script, TimeSpan patience)
{
    public List<long> UpdateIds { get; } = [];

    public List<TimeSpan> Delays { get; } = [];

    public int GaveUp { get; private set; }

    /// <summary>For the first step waited for in vain: what should have come, and what did.</summary>
    public string? FirstGaveUp { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        for (var i = 0; i < script.Steps.Count; i++)
        {
            var step = script.Steps[i];
            var watch = Stopwatch.StartNew();
            UpdateIds.Add(step.Choice is { } choice ? api.Press(script.UserId, MessageWith(choice), choice) : api.SendText(script.UserId, step.Text!));
            while (Answered(api, script) <= i)
            {
                if (watch.Elapsed > patience)
                {
                    GaveUp++;
                    FirstGaveUp ??= $"chat {script.UserId} step {i + 1} ({step.Text ?? step.Choice}): expected 「{string.Join("」「", step.Messages.Select(Short))}」 + {step.Documents.Count} documents; "
                        + $"last received 「{string.Join("」「", api.Messages.Where(m => m.ChatId == script.UserId).TakeLast(3).Select(m => Short(m.Text)))}」";
                    break;
                }
                await Task.Delay(25, ct);
            }
            Delays.Add(watch.Elapsed);
        }
    }

    /// <summary>How many steps, from the first, have every message and document the reference says they get.</summary>
    public static int Answered(FakeBotApi api, Script script) => Match(api, script).Answered;

    /// <summary>
    /// Matches what arrived with what should have, in order: the steps answered in full, and the messages that came
    /// twice (a reply sent again after a kill between sending it and marking it sent).
    /// </summary>
    public static (int Answered, int Missing, int Twice, int Unexpected) Match(FakeBotApi api, Script script)
    {
        var texts = api.Messages.Where(m => m.ChatId == script.UserId).Select(m => m.Text).ToList();
        var mine = script.Steps.SelectMany(s => s.Documents).ToHashSet(StringComparer.Ordinal);
        var documents = api.Documents.Where(d => d.ChatId == script.UserId && mine.Contains(d.FileName)).Select(d => d.FileName).ToList();
        var (textAt, docAt, answered, missing) = (0, 0, 0, 0);
        var used = new bool[texts.Count];
        var complete = true;
        foreach (var step in script.Steps)
        {
            var whole = true;
            foreach (var expected in step.Messages)
            {
                var at = texts.IndexOf(expected, textAt);
                if (at < 0)
                {
                    whole = false;
                    missing++;
                    continue;
                }
                used[at] = true;
                textAt = at + 1;
            }
            foreach (var expected in step.Documents)
            {
                var at = documents.IndexOf(expected, docAt);
                if (at < 0)
                {
                    whole = false;
                    missing++;
                    continue;
                }
                docAt = at + 1;
            }
            complete &= whole;
            if (complete) answered++;
        }
        var expectedTexts = script.Steps.SelectMany(s => s.Messages).ToHashSet(StringComparer.Ordinal);
        var twice = texts.Where((t, i) => !used[i] && expectedTexts.Contains(t)).Count() + Math.Max(0, documents.Count - mine.Count);
        var unexpected = texts.Where((t, i) => !used[i] && !expectedTexts.Contains(t)).Count();
        return (answered, missing, twice, unexpected);
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>The bot's latest message carrying this button (any of its messages, if that one never arrived).</summary>
    private int MessageWith(string choice)
    {
        var chat = api.Messages.Where(m => m.ChatId == script.UserId).ToList();
        return (chat.LastOrDefault(m => m.AllButtons.Any(b => b.Data == choice)) ?? chat[^1]).MessageId;
    }
}
