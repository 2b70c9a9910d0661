using System.Text.RegularExpressions;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Interviews;

/// <summary>Narratives: typed over one or several messages, previewed, then saved, appended to or rewritten.</summary>
public sealed partial class Interview
{
    private void StartDraft(NarrativeQuestion q, string text)
    {
        var clean = CleanText(text);
        if (clean.Length == 0) { Ask(); return; }
        if (clean.Length > q.Item.MaxLength) { Say(InterviewTexts.TooLong(q.Item.MaxLength, clean.Length)); return; }
        state.Draft = clean;
        machine.Fire(Trigger.DraftStarted);
        Say(InterviewScreens.Preview(clean, q));
    }

    private void AppendDraft(NarrativeQuestion q, string text)
    {
        var part = CleanText(text);
        if (RowParser.Parse(part, 1, allowTotal: false).Ok || RowParser.Parse(part, 3, allowTotal: true).Ok)
        {
            // Figures while a text is open were most likely meant for the next question: not added silently.
            Say(InterviewTexts.NumbersWhileDrafting(q.Item.Label));
            Say(InterviewScreens.Preview(state.Draft ?? "", q));
            return;
        }
        // A long paste arrives split wherever the client cut it: a new paragraph only after a sentence ends.
        var separator = EndsSentence(state.Draft) ? "\n" : "";
        var joined = $"{state.Draft}{separator}{part}".Trim();
        if (joined.Length > q.Item.MaxLength) { Say(InterviewTexts.TooLong(q.Item.MaxLength, joined.Length)); return; }
        state.Draft = joined;
        Say(InterviewScreens.Preview(joined, q));
    }

    private InterviewOutcome SaveDraft()
    {
        if (state.State != InterviewState.Drafting || Current is not NarrativeQuestion q) return Say2(InterviewTexts.NotNow);
        answers.Set(q.Item.Id, state.Draft!);
        state.Draft = null;
        machine.Fire(Trigger.DraftSaved);
        Say(InterviewTexts.Saved($"{q.Item.Label}（共{answers.Get(q.Item.Id)!.Length}字）"));
        Advance(q);
        return outcome;
    }

    private InterviewOutcome AppendPrompt() =>
        Say2(state.State == InterviewState.Drafting ? InterviewTexts.AppendMore : InterviewTexts.NotNow);

    private InterviewOutcome Rewrite()
    {
        if (state.State != InterviewState.Drafting) return Say2(InterviewTexts.NotNow);
        state.Draft = null;
        machine.Fire(Trigger.DraftDiscarded);
        Say(InterviewTexts.DraftDiscarded);
        Ask();
        return outcome;
    }

    private static bool EndsSentence(string? text) => text is { Length: > 0 } && "。！？!?；;：:…”」』）)".Contains(text[^1], StringComparison.Ordinal);

    /// <summary>Line breaks normalised; control characters other than newlines dropped.</summary>
    private static string CleanText(string text) =>
        ControlChars().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), "").Trim();

    [GeneratedRegex(@"[\p{Cc}-[\n]]")]
    private static partial Regex ControlChars();
}
