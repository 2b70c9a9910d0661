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
        // A name near one the store knows (淮安市洪泽区人民政府 for 洪泽区人民政府) is offered before a second 机关 is made.
        if (KnownAgencies.FirstOrDefault(k => AgencyNames.Same(k, name)) is { } same) name = same;
        else if (AgencyNames.NearButNotSame(name, KnownAgencies) is { Count: > 0 } near)
        {
            state = state with { Dialog = new NamingDialog(name) };
            var buttons = near.Take(4).Select(k => InterviewButtons.Agency($"用“{k}”", KnownAgencies.ToList().IndexOf(k)))
                .Append(InterviewButtons.AgencyAsTyped(name));
            Say(new Reply(InterviewTexts.NearAgencies(name, near), InterviewScreens.Rows(buttons, 1)));
            return;
        }
        AgencyChosen(name);
    }

    /// <summary>A button under the near names: one of them (by its place in the known list), or the name as typed.</summary>
    private void PickAgency(string choice)
    {
        var typed = (state.Dialog as NamingDialog)?.Agency;
        var name = int.TryParse(choice, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < KnownAgencies.Count ? KnownAgencies[i] : typed;
        if (name is null)
        {
            Say(InterviewTexts.AskAgency);
            return;
        }
        AgencyChosen(name);
    }

    private void AgencyChosen(string name)
    {
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
        screens = new InterviewScreens(context, answers, lastYear, bound.Info.Year);
        state = state with { ReportId = bound.Info.Id, QuestionId = null, ResumeQuestionId = null, Dialog = null };
        var title = context.Format.TitleFor(Report.Agency, Report.Year);
        if (bound.Info.Status == ReportStatus.Submitted)
        {
            // Never opened silently: the person is told this report exists and is submitted.
            Say(InterviewTexts.ExistingSubmitted(title));
            ShowReview();
            return;
        }
        if (answers.Values.Count > 0) Say(InterviewTexts.ExistingReport(title, context.Plan.Questions.Count(screens.IsAnswered), context.Plan.Questions.Count));
        else Say(InterviewTexts.Opened(title));
        // A fresh report starts at question 1; a resumed one at the first required question still open.
        var first = answers.Values.Count == 0
            ? context.Plan.Questions.FirstOrDefault(IsOpenToMe)
            : context.Plan.Questions.FirstOrDefault(q => !screens.IsAnswered(q) && q.Required && IsOpenToMe(q));
        state = state with { QuestionId = first?.Id };
        if (first is null) ReviewAll();
        else Ask();
    }
}
