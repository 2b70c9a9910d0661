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
        state = state with { Dialog = new DraftDialog(clean) };
        machine.Fire(Trigger.DraftStarted);
        Say(InterviewScreens.Preview(clean, q));
    }

    private void AppendDraft(string text)
    {
        var q = (NarrativeQuestion)Current!;
        var draft = Dialog<DraftDialog>().Text;
        var part = CleanText(text);
        if (RowParser.Parse(part, 1, allowTotal: false).Ok || RowParser.Parse(part, 3, allowTotal: true).Ok)
        {
            // Figures while a text is open were most likely meant for the next question: not added silently.
            Say(InterviewTexts.NumbersWhileDrafting(q.Item.Label));
            Say(InterviewScreens.Preview(draft, q));
            return;
        }
        // A long paste arrives split wherever the client cut it: a new paragraph only after a sentence ends.
        var separator = EndsSentence(draft) ? "\n" : "";
        var joined = $"{draft}{separator}{part}".Trim();
        if (joined.Length > q.Item.MaxLength) { Say(InterviewTexts.TooLong(q.Item.MaxLength, joined.Length)); return; }
        state = state with { Dialog = new DraftDialog(joined) };
        Say(InterviewScreens.Preview(joined, q));
    }

    private void SaveDraft()
    {
        var q = (NarrativeQuestion)Current!;
        answers.Set(q.Item.Id, Dialog<DraftDialog>().Text);
        machine.Fire(Trigger.Done);
        Say(InterviewTexts.Saved($"{q.Item.Label}（共{answers.Get(q.Item.Id)!.Length}字）"));
        Advance(q);
    }

    private void RewriteDraft()
    {
        machine.Fire(Trigger.Done);
        Say(InterviewTexts.DraftDiscarded);
        Ask();
    }

    private void DropDraft()
    {
        Say(InterviewTexts.DraftDropped(Dialog<DraftDialog>().Text.Length));
        machine.Fire(Trigger.Done);
        Ask();
    }

    private static bool EndsSentence(string? text) => text is { Length: > 0 } && "。！？!?；;：:…”」』）)".Contains(text[^1], StringComparison.Ordinal);

    /// <summary>Line breaks normalised; control characters other than newlines dropped.</summary>
    private static string CleanText(string text) =>
        ControlChars().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), "").Trim();

    [GeneratedRegex(@"[\p{Cc}-[\n]]")]
    private static partial Regex ControlChars();
}
