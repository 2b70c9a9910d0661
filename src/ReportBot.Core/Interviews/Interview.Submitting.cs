using ReportBot.Core.Documents;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Interviews;

/// <summary>Submission, the gate: everything missing or wrong is listed; open warnings take a second press.</summary>
public sealed partial class Interview
{
    private void TrySubmit(bool despiteWarnings)
    {
        var missing = context.Plan.Questions.Where(q => q.Required && !screens.IsAnswered(q)).ToList();
        var errors = Unexplained(AllFindings()).Where(f => f.Severity == Severities.Error).ToList();
        if (missing.Count > 0 || errors.Count > 0)
        {
            var lines = new List<string> { InterviewTexts.SubmitBlocked };
            // Per section, and a long list only as a count: a phone shows a few lines at a time.
            foreach (var section in missing.GroupBy(q => q.Section))
                lines.Add($"{InterviewTexts.MissingTitle}{section.Key.Short}：" + (section.Count() <= 3 ? string.Join("、", section.Select(InterviewScreens.ShortLabel)) : $"{section.Count()}项"));
            if (InterviewScreens.FindingsText(errors, InterviewTexts.ErrorsTitle) is { } e) lines.Add(e);
            var fix = missing.Take(1).Select(q => InterviewButtons.Jump($"去填：{InterviewScreens.ShortLabel(q)}", q.Id)).Concat(screens.FixButtons(errors, context.Format));
            Say(new Reply(string.Join('\n', lines), InterviewScreens.Rows(fix, 3)));
            return;
        }
        var warnings = Unexplained(AllFindings()).Where(f => f.Severity == Severities.Warning).ToList();
        if (warnings.Count > 0 && !despiteWarnings)
        {
            var text = InterviewScreens.FindingsText(warnings, InterviewTexts.WarningsBeforeSubmit(warnings.Count))!;
            var buttons = new List<Button> { InterviewButtons.SubmitAnyway };
            buttons.AddRange(screens.FixButtons(warnings, context.Format).Where(b => !b.Choice.StartsWith(Choices.JumpPrefix, StringComparison.Ordinal)));
            Say(new Reply(text, InterviewScreens.Rows(buttons, 3)));
            return;
        }
        state = state with { ResumeQuestionId = null };
        outcome.Status = ReportStatus.Submitted;
        machine.Fire(Trigger.Finished);
        Say(InterviewTexts.SubmittedNote);
        Say(ReportTextWriter.Write(ReportDocumentBuilder.Build(context, Report, answers, lastYear: lastYear)));
    }
}
