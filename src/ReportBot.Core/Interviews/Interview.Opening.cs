using System.Globalization;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Interviews;

/// <summary>Naming a new report, opening one, and resuming where the person stopped.</summary>
public sealed partial class Interview
{
    private void ResumeIdle()
    {
        if (MayCreateReports) machine.Fire(Trigger.NewReport);
        else Say(InterviewTexts.NoReportForStaff);
    }

    private void ResumeAnswering()
    {
        Say(InterviewTexts.Resumed);
        MoveOffLockedQuestion();
        Ask();
    }

    private void AskAgency()
    {
        state = state with { Dialog = new NamingDialog(null) };
        Say(InterviewTexts.AskAgency);
    }

    private void NameAgency(string text)
    {
        var name = NumberParser.Normalize(text);
        if (name.Length is < 2 or > 50 || name.Any(char.IsControl) || name.StartsWith('/'))
        {
            Say(InterviewTexts.AgencyInvalid);
            return;
        }
        state = state with { Dialog = new NamingDialog(name) };
        machine.Fire(Trigger.AgencyNamed);
        Say(InterviewTexts.AskYear(name));
    }

    /// <summary>A valid year asks the host for the report (found or created); <see cref="Open"/> then binds it.</summary>
    private void NameYear(string text)
    {
        var s = NumberParser.Normalize(text).TrimEnd('年').Trim();
        if (s.Length != 4 || !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            Say(InterviewTexts.YearInvalidFormat);
            return;
        }
        if (year < context.FirstYear || year > context.LastYear)
        {
            Say(InterviewTexts.YearOutOfRange(context.FirstYear, context.LastYear));
            return;
        }
        outcome.OpenReport = new OpenReportRequest(Dialog<NamingDialog>().Agency!, year);
    }

    private void StopNaming()
    {
        var backToReport = state.ReportId is not null;
        machine.Fire(Trigger.Done);
        Say(InterviewTexts.Cancelled);
        if (backToReport) Ask();
    }

    /// <summary>Entered through <see cref="Open"/>: the conversation now works on this report.</summary>
    private void Opened(BoundReport bound)
    {
        (report, answers, lastYear) = (bound.Info, bound.Answers, bound.LastYear);
        // A report is asked in the format it was created with, which may not be the newest.
        context = bound.Context ?? context;
        screens = new InterviewScreens(context, answers, lastYear);
        state = state with { ReportId = bound.Info.Id, QuestionId = null, ResumeQuestionId = null, Dialog = null };
        if (bound.Info.Status == ReportStatus.Submitted)
        {
            ShowReview();
            return;
        }
        Say(InterviewTexts.Opened(context.Format.TitleFor(Report.Agency, Report.Year)));
        if (answers.Values.Count > 0)
            Say(InterviewTexts.ExistingReport(context.Plan.Questions.Count(screens.IsAnswered), context.Plan.Questions.Count));
        // A fresh report starts at question 1; a resumed one at the first required question still open.
        var first = answers.Values.Count == 0
            ? context.Plan.Questions.FirstOrDefault(IsOpenToMe)
            : context.Plan.Questions.FirstOrDefault(q => !screens.IsAnswered(q) && q.Required && IsOpenToMe(q));
        state = state with { QuestionId = first?.Id };
        if (first is null) ReviewAll();
        else Ask();
    }
}
