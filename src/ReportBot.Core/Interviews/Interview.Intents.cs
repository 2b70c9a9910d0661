using ReportBot.Core.Documents;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Interviews;

/// <summary>The intents a person can express: the only way into the machine.</summary>
public sealed partial class Interview
{
    /// <summary>/start: resume exactly where the conversation stopped, or begin a report.</summary>
    public InterviewOutcome Start()
    {
        switch (state.State)
        {
            case InterviewState.Idle when !MayCreateReports: Say(InterviewTexts.NoReportForStaff); break;
            case InterviewState.Idle: return NewReport();
            case InterviewState.NamingAgency: Say(InterviewTexts.AskAgency); break;
            case InterviewState.NamingYear: Say(InterviewTexts.AskYear(state.PendingAgency ?? "")); break;
            case InterviewState.Drafting: Say(InterviewScreens.Preview(state.Draft ?? "", Current)); break;
            case InterviewState.Explaining: Say(InterviewTexts.StillExplaining); break;
            case InterviewState.TypingLastYear: AskLastYear(); break;
            case InterviewState.Answering:
                Say(InterviewTexts.Resumed);
                Ask();
                break;
            default: ShowReview(); break;
        }
        return outcome;
    }

    public InterviewOutcome NewReport()
    {
        if (!MayCreateReports) return Say2(InterviewTexts.CoordinatorsCreate);
        if (state.State == InterviewState.Drafting) return Say2(InterviewTexts.FinishDraftFirst);
        if (TryFire(Trigger.NewReport))
        {
            state.PendingAgency = null;
            Say(InterviewTexts.AskAgency);
        }
        return outcome;
    }

    /// <summary>Called by the host once the report named in the interview exists and is bound.</summary>
    public InterviewOutcome Opened()
    {
        Say(InterviewTexts.Opened(context.Format.TitleFor(Report.Agency, Report.Year)));
        if (answers.Values.Count > 0)
            Say(InterviewTexts.ExistingReport(context.Plan.Questions.Count(screens.IsAnswered), context.Plan.Questions.Count));
        // A fresh report starts at question 1; a resumed one at the first required question still open.
        var first = answers.Values.Count == 0
            ? context.Plan.Questions[0]
            : context.Plan.Questions.FirstOrDefault(q => !screens.IsAnswered(q) && q.Required);
        state.QuestionId = first?.Id;
        if (first is null) ReviewAll();
        else Ask();
        return outcome;
    }

    public InterviewOutcome Choose(string choice)
    {
        if (choice.StartsWith(Choices.JumpPrefix, StringComparison.Ordinal)) return Jump(choice[Choices.JumpPrefix.Length..]);
        if (choice.StartsWith(Choices.SectionPrefix, StringComparison.Ordinal)) return PickSection(choice[Choices.SectionPrefix.Length..]);
        if (choice.StartsWith(Choices.ExplainPrefix, StringComparison.Ordinal)) return Explain(choice[Choices.ExplainPrefix.Length..]);
        if (choice.StartsWith(Choices.AcceptPrefix, StringComparison.Ordinal)) return Accept(choice[Choices.AcceptPrefix.Length..]);
        return choice switch
        {
            Choices.Save => SaveDraft(),
            Choices.Append => AppendPrompt(),
            Choices.Rewrite => Rewrite(),
            Choices.Back => Back(),
            Choices.Skip => Skip(),
            Choices.Keep => Keep(),
            Choices.Zero => ZeroRest(),
            Choices.Review => Review(),
            Choices.Submit => Submit(),
            Choices.SubmitAnyway => Submit(despiteWarnings: true),
            Choices.Continue => Continue(),
            _ => Say2(InterviewTexts.UnknownChoice),
        };
    }

    public InterviewOutcome Review()
    {
        if (state.State == InterviewState.Drafting) return Say2(InterviewTexts.FinishDraftFirst);
        // Looking at a submitted report does not reopen it; changing an answer does (the host sees the change).
        if (!TryFire(Trigger.Review)) return outcome;
        ShowReview();
        return outcome;
    }

    /// <summary>
    /// Submission is the gate: refused with everything still missing or wrong. Warnings not yet explained are shown
    /// once more, and submitting anyway takes a second press (<paramref name="despiteWarnings"/>).
    /// </summary>
    public InterviewOutcome Submit(bool despiteWarnings = false)
    {
        if (state.State == InterviewState.Drafting) return Say2(InterviewTexts.FinishDraftFirst);
        if (!machine.CanFire(Trigger.Submit)) return Say2(state.State == InterviewState.Submitted ? InterviewTexts.AlreadySubmitted : InterviewTexts.NotNow);
        var missing = context.Plan.Questions.Where(q => q.Required && !screens.IsAnswered(q)).ToList();
        var errors = Open(AllFindings()).Where(f => f.Severity == Severities.Error).ToList();
        if (missing.Count > 0 || errors.Count > 0)
        {
            var lines = new List<string> { InterviewTexts.SubmitBlocked };
            // Per section, and a long list only as a count: a phone shows a few lines at a time.
            foreach (var section in missing.GroupBy(q => q.Section))
                lines.Add($"{InterviewTexts.MissingTitle}{section.Key.Short}：" + (section.Count() <= 3 ? string.Join("、", section.Select(InterviewScreens.ShortLabel)) : $"{section.Count()}项"));
            if (InterviewScreens.FindingsText(errors, InterviewTexts.ErrorsTitle) is { } e) lines.Add(e);
            var fix = missing.Take(1).Select(q => InterviewButtons.Jump($"去填：{InterviewScreens.ShortLabel(q)}", q.Id)).Concat(screens.FixButtons(errors, context.Format));
            Say(new Reply(string.Join('\n', lines), InterviewScreens.Rows(fix, 3)));
            return outcome;
        }
        var warnings = Open(AllFindings()).Where(f => f.Severity == Severities.Warning).ToList();
        if (warnings.Count > 0 && !despiteWarnings)
        {
            var text = InterviewScreens.FindingsText(warnings, InterviewTexts.WarningsBeforeSubmit(warnings.Count))!;
            var buttons = new List<Button> { InterviewButtons.SubmitAnyway };
            buttons.AddRange(screens.FixButtons(warnings, context.Format).Where(b => !b.Choice.StartsWith(Choices.JumpPrefix, StringComparison.Ordinal)));
            Say(new Reply(text, InterviewScreens.Rows(buttons, 3)));
            return outcome;
        }
        machine.Fire(Trigger.Submit);
        state.ResumeQuestionId = null;
        outcome.Submitted = true;
        Say(InterviewTexts.SubmittedNote);
        Say(ReportTextWriter.Write(ReportDocumentBuilder.Build(context, Report with { Submitted = true }, answers, lastYear: lastYear)));
        return outcome;
    }

    public InterviewOutcome Cancel()
    {
        switch (state.State)
        {
            case InterviewState.NamingAgency or InterviewState.NamingYear:
                state.PendingAgency = null;
                machine.Fire(Trigger.Cancel);
                Say(InterviewTexts.Cancelled);
                if (state.State == InterviewState.Answering) Ask();
                break;
            case InterviewState.Drafting:
                Say(InterviewTexts.DraftDropped(state.Draft?.Length ?? 0));
                state.Draft = null;
                machine.Fire(Trigger.DraftDiscarded);
                Ask();
                break;
            case InterviewState.Explaining:
                StopExplaining();
                break;
            case InterviewState.TypingLastYear:
                StopTypingLastYear();
                break;
            default:
                Say(InterviewTexts.NothingToCancel);
                break;
        }
        return outcome;
    }

    public InterviewOutcome Help()
    {
        Say(InterviewTexts.Help);
        return outcome;
    }

    private InterviewOutcome Say2(string text)
    {
        Say(text);
        return outcome;
    }

    private void ShowReview(string? lead = null) => Say(screens.Review(Report, AllFindings(), lead));

    /// <summary>Every question is behind: the conversation moves to the review, so Continue and Back work from there.</summary>
    private void ReviewAll(string? lead = null)
    {
        state.QuestionId = null;
        if (state.State == InterviewState.Answering) machine.Fire(Trigger.Review);
        ShowReview(lead);
    }
}
