using System.Globalization;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Interviews;

/// <summary>Typing last year's few figures (<c>/lastyear</c>), when neither the store nor a file supplied them.</summary>
public sealed partial class Interview
{
    public InterviewOutcome TypeLastYear()
    {
        if (context.LastYearFigures.Count == 0 || !TryFire(Trigger.TypeLastYear)) return outcome;
        state.LastYearStep = 0;
        AskLastYear();
        return outcome;
    }

    private void AnswerLastYear(string text)
    {
        var question = context.LastYearFigures[state.LastYearStep!.Value];
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
        state.LastYearStep++;
        if (state.LastYearStep < context.LastYearFigures.Count)
        {
            AskLastYear();
            return;
        }
        state.LastYearStep = null;
        machine.Fire(Trigger.LastYearDone);
        Say(InterviewTexts.LastYearSaved);
        Resume();
    }

    private void StopTypingLastYear()
    {
        state.LastYearStep = null;
        machine.Fire(Trigger.Cancel);
        Say(InterviewTexts.LastYearStopped);
        Resume();
    }

    private void AskLastYear()
    {
        var step = state.LastYearStep!.Value;
        var q = context.LastYearFigures[step];
        var saved = q.CellKeys.Select(k => answers.Get(LastYearQuestions.Prefix + k)).ToList();
        var text = InterviewTexts.AskLastYear(step + 1, context.LastYearFigures.Count, q.Label, q.Names, saved.All(v => v is not null) ? string.Join(' ', saved) : null);
        Say(new Reply(text, [[InterviewButtons.Skip]]));
    }
}
