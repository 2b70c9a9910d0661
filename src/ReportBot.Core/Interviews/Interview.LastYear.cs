using System.Globalization;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Interviews;

/// <summary>Typing last year's few figures (<c>/lastyear</c>), when neither the store nor a file supplied them.</summary>
public sealed partial class Interview
{
    private void StartLastYear()
    {
        state = state with { Dialog = new LastYearDialog(0) };
        AskLastYear();
    }

    private void AnswerLastYear(string text)
    {
        var question = context.LastYearFigures[Dialog<LastYearDialog>().Step];
        var row = RowParser.Parse(text, question.CellKeys.Count, allowTotal: false);
        if (!row.Ok)
        {
            Say(row.Error!);
            AskLastYear();
            return;
        }
        foreach (var (key, value) in question.CellKeys.Zip(row.Value!.Values))
            answers.Set(LastYearQuestions.Prefix + key, value.ToString(CultureInfo.InvariantCulture));
        Say(InterviewTexts.Saved($"{question.Label} {string.Join(' ', row.Value.Values)}"));
        NextLastYear();
    }

    private void NextLastYear()
    {
        var step = Dialog<LastYearDialog>().Step + 1;
        if (step < context.LastYearFigures.Count)
        {
            state = state with { Dialog = new LastYearDialog(step) };
            AskLastYear();
            return;
        }
        machine.Fire(Trigger.Done);
        Say(InterviewTexts.LastYearSaved);
        Resume(toReview: false);
    }

    private void StopTypingLastYear()
    {
        machine.Fire(Trigger.Done);
        Say(InterviewTexts.LastYearStopped);
        Resume(toReview: false);
    }

    private void AskLastYear()
    {
        var step = Dialog<LastYearDialog>().Step;
        var q = context.LastYearFigures[step];
        var saved = q.CellKeys.Select(k => answers.Get(LastYearQuestions.Prefix + k)).ToList();
        var text = InterviewTexts.AskLastYear(step + 1, context.LastYearFigures.Count, q.Label, q.Names, saved.All(v => v is not null) ? string.Join(' ', saved) : null);
        Say(new Reply(text, [[InterviewButtons.Skip]]));
    }
}
