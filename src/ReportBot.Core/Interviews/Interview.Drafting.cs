using System.Globalization;
using System.Text.RegularExpressions;
using ReportBot.Core.Answers;
using ReportBot.Core.Rules;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Interviews;

/// <summary>
/// Narratives: saved the moment they are sent, then offered for 追加 (append), 重写 (rewrite) or 撤销 (undo) on the
/// message that shows them saved. A text arriving within a few seconds of a saved one (a long paste Telegram split)
/// is joined to it. The older draft mode only finishes texts begun before saving on send.
/// </summary>
public sealed partial class Interview
{
    /// <summary>How close two messages must be for the second to be the first one's continuation.</summary>
    private static readonly TimeSpan JoinWindow = TimeSpan.FromSeconds(4);

    /// <summary>Telegram cuts a long paste into messages of 4096 characters; a part this long was probably cut.</summary>
    private const int SplitLength = 3500;

    private void SaveNarrative(NarrativeQuestion q, string text)
    {
        var clean = CleanText(text);
        if (clean.Length == 0)
        {
            Say(InterviewTexts.EmptyMessage);
            Ask();
            return;
        }
        if (RowParser.Parse(clean, 1, allowTotal: false).Ok || RowParser.Parse(clean, 3, allowTotal: true).Ok)
        {
            // Figures at a text question were most likely meant for a table row: not saved as the text.
            Say(InterviewTexts.NumbersAtText(q.Item.Label));
            Ask();
            return;
        }
        var appending = justSaved is { Appending: true } a && a.QuestionId == q.Id;
        var before = answers.Get(q.Item.Id);
        var value = appending && before is not null ? Joined(before, clean) : clean;
        if (TextLength(value) > q.Item.MaxLength)
        {
            Say(InterviewTexts.TooLong(q.Item.MaxLength, TextLength(value)));
            Ask();
            return;
        }
        answers.Set(q.Item.Id, value);
        // Only a message as long as the chat's limit was cut by the client; a short one sent quickly is a new answer.
        SayNarrativeSaved(q, appending ? justSaved!.Previous : before, clean.Length >= SplitLength);
        SaySimilarToLastYear(q);
        Advance(q);
    }

    /// <summary>A text sent right after a saved one: the rest of the same paste, joined to it; the question stays.</summary>
    private bool JoinedToJustSaved(string text)
    {
        if (justSaved is not { Appending: false, Cut: true, SavedAt: { } at } saved || Now is not { } now || now - at > JoinWindow) return false;
        if (context.Plan.Find(saved.QuestionId) is not NarrativeQuestion q || answers.Get(q.Item.Id) is not { } value) return false;
        var part = CleanText(text);
        if (part.Length == 0 || RowParser.Parse(part, 1, allowTotal: false).Ok || RowParser.Parse(part, 3, allowTotal: true).Ok || ZeroWords.Scope(part) is not null) return false;
        var joined = Joined(value, part);
        if (TextLength(joined) > q.Item.MaxLength) return false;
        answers.Set(q.Item.Id, joined);
        SayNarrativeSaved(q, saved.Previous, part.Length >= SplitLength);
        Resume(toReview: state.State == InterviewState.Reviewing);
        return true;
    }

    private void SayNarrativeSaved(NarrativeQuestion q, string? previous, bool cut = false)
    {
        var value = answers.Get(q.Item.Id)!;
        var saved = InterviewTexts.Saved($"{q.Item.Label}（共{TextLength(value)}字）");
        state = state with { Dialog = new SavedTextDialog(q.Id, previous, Now, Cut: cut) };
        Say(new Reply($"{saved}\n{InterviewTexts.Excerpt(value, 60)}", [[InterviewButtons.Append, InterviewButtons.Rewrite, InterviewButtons.Undo]]) { Saved = saved });
    }

    /// <summary>内容雷同: the saved text repeats last year's (R15), said with the save so it can be rewritten at once.</summary>
    private void SaySimilarToLastYear(NarrativeQuestion q)
    {
        if (lastYear is null) return;
        var findings = Unexplained(ShownFindings(RuleScope.Reading([], [q.Section.Id])))
            .Where(f => context.Format.Rule(f.RuleId)?.Check is SimilarityCheck && f.Key == SimilarityCheck.KeyOf(f.RuleId, q.Item.Id)).ToList();
        if (InterviewScreens.FindingsText(findings) is not { } text) return;
        reported.UnionWith(findings.Select(f => f.Text));
        Say(new Reply(text.TrimEnd(), InterviewScreens.Rows(screens.FixButtons(findings, context.Format), 3)));
    }

    /// <summary>追加: the next text is added to the one just saved; then back to where the person was.</summary>
    private void AppendToSaved()
    {
        if (BackToSaved() is null) return;
        state = state with { Dialog = justSaved! with { Appending = true } };
        Say(InterviewTexts.AppendMore);
        Ask(jumped: true);
    }

    /// <summary>重写: the next text replaces the one just saved.</summary>
    private void RewriteSaved()
    {
        if (BackToSaved() is null) return;
        Say(InterviewTexts.RewriteNow);
        Ask(jumped: true);
    }

    /// <summary>撤销: the text just saved is taken back (the value before it restored), and its question asked again.</summary>
    private void UndoSaved()
    {
        if (BackToSaved() is not { } q) return;
        if (justSaved!.Previous is { } previous) answers.Set(q.Item.Id, previous);
        else answers.Remove(q.Item.Id);
        Say(InterviewTexts.Undone(q.Item.Label));
        Ask(jumped: state.ResumeQuestionId is not null);
    }

    /// <summary>To the question of the text just saved, remembering where the person was; null (said why) when it is gone.</summary>
    private NarrativeQuestion? BackToSaved()
    {
        if (justSaved is null || context.Plan.Find(justSaved.QuestionId) is not NarrativeQuestion q)
        {
            Say(InterviewTexts.SavedTextGone);
            return null;
        }
        var fromReview = state.State == InterviewState.Reviewing;
        var resume = fromReview ? ReviewReturn() : state.ResumeQuestionId ?? state.QuestionId;
        state = state with { QuestionId = q.Id, ResumeQuestionId = resume == q.Id ? null : resume };
        if (fromReview) machine.Fire(Trigger.ToQuestions);
        return q;
    }

    // Texts begun before narratives were saved on send (stored conversations) are finished in the draft mode.
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
        var joined = Joined(draft, part);
        if (TextLength(joined) > q.Item.MaxLength) { Say(InterviewTexts.TooLong(q.Item.MaxLength, TextLength(joined))); return; }
        state = state with { Dialog = new DraftDialog(joined) };
        Say(InterviewScreens.Preview(joined, q));
    }

    private void SaveDraft()
    {
        var q = (NarrativeQuestion)Current!;
        answers.Set(q.Item.Id, Dialog<DraftDialog>().Text);
        machine.Fire(Trigger.Done);
        var saved = InterviewTexts.Saved($"{q.Item.Label}（共{TextLength(answers.Get(q.Item.Id)!)}字）");
        Say(new Reply(saved) { Saved = saved });
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
        Say(InterviewTexts.DraftDropped(TextLength(Dialog<DraftDialog>().Text)));
        machine.Fire(Trigger.Done);
        Ask();
    }

    /// <summary>Characters as a person counts them: 😀 and 👍🏻 are one each (text elements, not UTF-16 units).</summary>
    public static int TextLength(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>A long paste arrives split wherever the client cut it: a new paragraph only after a sentence ends.</summary>
    private static string Joined(string first, string next) => $"{first}{(EndsSentence(first) ? "\n" : "")}{next}".Trim();

    private static bool EndsSentence(string? text) => text is { Length: > 0 } && "。！？!?；;：:…”」』）)".Contains(text[^1], StringComparison.Ordinal);

    /// <summary>Line breaks normalised; control characters other than newlines dropped.</summary>
    private static string CleanText(string text) =>
        ControlChars().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), "").Trim();

    [GeneratedRegex(@"[\p{Cc}-[\n]]")]
    private static partial Regex ControlChars();
}
