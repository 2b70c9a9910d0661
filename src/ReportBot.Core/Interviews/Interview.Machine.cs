using Stateless.Reflection;
using Machine = Stateless.StateMachine<ReportBot.Core.Interviews.InterviewState, ReportBot.Core.Interviews.Interview.Trigger>;

namespace ReportBot.Core.Interviews;

/// <summary>
/// The machine: which intent each mode accepts and what it does there. Intents a mode handles without leaving it are
/// internal transitions; a mode is changed by the completion triggers its intents fire; clean-up lives in OnExit;
/// whatever a mode does not accept is refused by the unhandled-trigger handler.
/// </summary>
public sealed partial class Interview
{
    /// <summary>Intents (what a person asks for) first, then the completions the interview fires itself.</summary>
    internal enum Trigger
    {
        Resume, Answer, Back, Skip, Keep, Zero, Jump, PickSection, Continue, Review, Submit, NewReport, Open, Cancel,
        Explain, Accept, TypeLastYear, SaveDraft, AppendDraft, RewriteDraft, Undo, ZeroGroup, PickAgency, Compose,
        AgencyNamed, DraftStarted, ReasonAsked, Done, ToReview, ToQuestions, Finished,
    }

    private sealed record Triggers(
        Machine.TriggerWithParameters<string> Answer,
        Machine.TriggerWithParameters<string> Jump,
        Machine.TriggerWithParameters<string> PickSection,
        Machine.TriggerWithParameters<string> Explain,
        Machine.TriggerWithParameters<string> Accept,
        Machine.TriggerWithParameters<bool> Submit,
        Machine.TriggerWithParameters<BoundReport> Open,
        Machine.TriggerWithParameters<string> PickAgency);

    private static readonly InterviewState[] Moving = [InterviewState.Answering, InterviewState.Reviewing, InterviewState.Submitted];

    /// <summary>
    /// The triggers that carry an argument. Stateless checks an argument against the machine's own configuration,
    /// so these descriptors serve every machine. Made here, after <see cref="Moving"/>, which configuring reads: static
    /// fields of one file are set in order, those of different files in no order the language promises.
    /// </summary>
    private static readonly Triggers Parameterized = Configure(new Machine(InterviewState.Idle), () => null!);

    /// <summary>
    /// Configures <paramref name="m"/> to act on the interview <paramref name="i"/> returns (the one it is lent to).
    /// The diagram's machine is never fired, so none of these actions runs.
    /// </summary>
    private static Triggers Configure(Machine m, Func<Interview> i)
    {
        var t = new Triggers(
            m.SetTriggerParameters<string>(Trigger.Answer), m.SetTriggerParameters<string>(Trigger.Jump),
            m.SetTriggerParameters<string>(Trigger.PickSection), m.SetTriggerParameters<string>(Trigger.Explain),
            m.SetTriggerParameters<string>(Trigger.Accept), m.SetTriggerParameters<bool>(Trigger.Submit),
            m.SetTriggerParameters<BoundReport>(Trigger.Open), m.SetTriggerParameters<string>(Trigger.PickAgency));
        var opened = new DynamicStateInfos();
        opened.Add(InterviewState.Answering, "an open report");
        opened.Add(InterviewState.Submitted, "a submitted report");
        Func<BoundReport, InterviewState> openedState = r => r.Info.Status == ReportStatus.Submitted ? InterviewState.Submitted : InterviewState.Answering;

        m.Configure(InterviewState.Idle)
            .InternalTransition(Trigger.Resume, _ => i().ResumeIdle())
            .InternalTransition(t.Answer, (_, _) => i().Say(InterviewTexts.StartFirst))
            .InternalTransition(Trigger.Cancel, _ => i().Say(InterviewTexts.NothingToCancel))
            .PermitIf(Trigger.NewReport, InterviewState.NamingAgency, () => i().MayCreateReports, nameof(MayCreateReports))
            .PermitDynamic(t.Open, openedState, "the report's status", opened);

        m.Configure(InterviewState.NamingReport)
            .OnExit(() => i().ClearDialog())
            .InternalTransition(Trigger.Cancel, _ => i().StopNaming())
            .PermitDynamic(Trigger.Done, () => i().state.ReportId is null ? InterviewState.Idle : InterviewState.Answering, "a report was open before",
                Destinations((InterviewState.Idle, "no report"), (InterviewState.Answering, "back to the report")))
            .PermitDynamic(t.Open, openedState, "the report's status", opened);
        m.Configure(InterviewState.NamingAgency)
            .SubstateOf(InterviewState.NamingReport)
            .OnEntryFrom(Trigger.NewReport, () => i().AskAgency())
            .OnEntryFrom(Trigger.Back, () => i().AskAgency())
            .InternalTransition(Trigger.Resume, _ => i().Say(InterviewTexts.AskAgency))
            .InternalTransition(t.Answer, (text, _) => i().NameAgency(text))
            .InternalTransition(t.PickAgency, (choice, _) => i().PickAgency(choice))
            .Permit(Trigger.AgencyNamed, InterviewState.NamingYear);
        m.Configure(InterviewState.NamingYear)
            .SubstateOf(InterviewState.NamingReport)
            .InternalTransition(Trigger.Resume, _ => i().Say(InterviewTexts.AskYear(i().Dialog<NamingDialog>().Agency ?? "")))
            .InternalTransition(t.Answer, (text, _) => i().NameYear(text))
            .Permit(Trigger.Back, InterviewState.NamingAgency);

        m.Configure(InterviewState.OnReport)
            .PermitIf(Trigger.NewReport, InterviewState.NamingAgency, () => i().MayCreateReports, nameof(MayCreateReports))
            .Permit(Trigger.Review, InterviewState.Reviewing)
            .PermitDynamic(t.Open, openedState, "the report's status", opened);
        foreach (var mode in Moving)
        {
            m.Configure(mode)
                .SubstateOf(InterviewState.OnReport)
                .InternalTransition(t.Jump, (id, _) => i().JumpTo(id))
                .InternalTransition(t.PickSection, (id, _) => i().PickSection(id));
        }
        m.Configure(InterviewState.Answering)
            .OnEntryFrom(t.Open, (r, _) => i().Opened(r))
            .InternalTransition(Trigger.Resume, _ => i().ResumeAnswering())
            .InternalTransition(t.Answer, (text, _) => i().AnswerQuestion(text))
            .InternalTransition(Trigger.Back, _ => i().PreviousQuestion())
            .InternalTransition(Trigger.Skip, _ => i().SkipQuestion())
            .InternalTransition(Trigger.Keep, _ => i().KeepAnswer())
            .InternalTransition(Trigger.Zero, _ => i().ZeroRest())
            .InternalTransition(Trigger.ZeroGroup, _ => i().ZeroGroup())
            .InternalTransition(Trigger.AppendDraft, _ => i().AppendToSaved())
            .InternalTransition(Trigger.RewriteDraft, _ => i().RewriteSaved())
            .InternalTransition(Trigger.Undo, _ => i().UndoSaved())
            .InternalTransition(Trigger.Compose, _ => i().InsertTableSentence())
            .InternalTransition(Trigger.Cancel, _ => i().Say(InterviewTexts.NothingToCancel))
            .InternalTransition(t.Submit, (despite, _) => i().TrySubmit(despite))
            .InternalTransition(t.Explain, (key, _) => i().AskReason(key))
            .InternalTransition(t.Accept, (key, _) => i().AcceptSuggestion(key))
            .Ignore(Trigger.ToQuestions)
            .Permit(Trigger.DraftStarted, InterviewState.Drafting)
            .Permit(Trigger.ToReview, InterviewState.Reviewing)
            .Permit(Trigger.ReasonAsked, InterviewState.Explaining)
            .PermitIf(Trigger.TypeLastYear, InterviewState.TypingLastYear, () => i().context.LastYearFigures.Count > 0, "the format has last year's figures")
            .Permit(Trigger.Finished, InterviewState.Submitted);
        m.Configure(InterviewState.Reviewing)
            .OnEntryFrom(Trigger.Review, () => i().ShowReview())
            .InternalTransition(Trigger.Resume, _ => i().ShowReview())
            .InternalTransition(t.Answer, (text, _) => i().AnswerFromReview(text))
            .InternalTransition(Trigger.AppendDraft, _ => i().AppendToSaved())
            .InternalTransition(Trigger.RewriteDraft, _ => i().RewriteSaved())
            .InternalTransition(Trigger.Undo, _ => i().UndoSaved())
            .InternalTransition(Trigger.Compose, _ => i().InsertTableSentence())
            .InternalTransition(Trigger.Back, _ => i().ContinueFromReview())
            .InternalTransition(Trigger.Continue, _ => i().ContinueFromReview())
            .InternalTransition(Trigger.Cancel, _ => i().Say(InterviewTexts.NothingToCancel))
            .InternalTransition(t.Submit, (despite, _) => i().TrySubmit(despite))
            .InternalTransition(t.Explain, (key, _) => i().AskReason(key))
            .InternalTransition(t.Accept, (key, _) => i().AcceptSuggestion(key))
            .PermitReentry(Trigger.Review)
            .Ignore(Trigger.ToReview)
            .Permit(Trigger.ToQuestions, InterviewState.Answering)
            .Permit(Trigger.ReasonAsked, InterviewState.Explaining)
            .PermitIf(Trigger.TypeLastYear, InterviewState.TypingLastYear, () => i().context.LastYearFigures.Count > 0, "the format has last year's figures")
            .Permit(Trigger.Finished, InterviewState.Submitted);
        m.Configure(InterviewState.Submitted)
            // Looking at a submitted report keeps it submitted; changing an answer reopens it.
            .OnEntryFrom(t.Open, (r, _) => i().Opened(r))
            .InternalTransition(Trigger.Resume, _ => i().ShowReview())
            .InternalTransition(t.Answer, (_, _) => i().Say(InterviewTexts.AlreadySubmitted))
            .InternalTransition(t.Submit, (_, _) => i().Say(InterviewTexts.AlreadySubmitted))
            .InternalTransition(Trigger.Cancel, _ => i().Say(InterviewTexts.NothingToCancel))
            .Permit(Trigger.ToQuestions, InterviewState.Answering);

        m.Configure(InterviewState.Drafting)
            // Outside OnReport on purpose: while a text is open, nothing but the text's own intents is accepted.
            .OnExit(() => i().ClearDialog())
            .InternalTransition(Trigger.Resume, _ => i().Say(InterviewScreens.Preview(i().Dialog<DraftDialog>().Text, i().Current)))
            .InternalTransition(t.Answer, (text, _) => i().AppendDraft(text))
            .InternalTransition(Trigger.SaveDraft, _ => i().SaveDraft())
            .InternalTransition(Trigger.AppendDraft, _ => i().Say(InterviewTexts.AppendMore))
            .InternalTransition(Trigger.RewriteDraft, _ => i().RewriteDraft())
            .InternalTransition(Trigger.Cancel, _ => i().DropDraft())
            .InternalTransition(Trigger.Skip, _ => i().SkipQuestion())
            .Permit(Trigger.Done, InterviewState.Answering);

        m.Configure(InterviewState.Explaining)
            .SubstateOf(InterviewState.OnReport)
            .OnExit(() => i().ClearDialog())
            .InternalTransition(Trigger.Resume, _ => i().Say(InterviewTexts.StillExplaining))
            .InternalTransition(t.Answer, (text, _) => i().SaveReason(text))
            .InternalTransition(Trigger.Cancel, _ => i().StopExplaining())
            .InternalTransition(Trigger.Back, _ => i().StopExplaining())
            .PermitDynamic(Trigger.Done, () => i().Dialog<ExplainingDialog>().FromReview ? InterviewState.Reviewing : InterviewState.Answering, "asked from the review",
                Destinations((InterviewState.Answering, "asked at a question"), (InterviewState.Reviewing, "asked from the review")));

        m.Configure(InterviewState.TypingLastYear)
            .SubstateOf(InterviewState.OnReport)
            .OnEntryFrom(Trigger.TypeLastYear, () => i().StartLastYear())
            .OnExit(() => i().ClearDialog())
            .InternalTransition(Trigger.Resume, _ => i().AskLastYear())
            .InternalTransition(t.Answer, (text, _) => i().AnswerLastYear(text))
            .InternalTransition(Trigger.Skip, _ => i().NextLastYear())
            .InternalTransition(Trigger.Cancel, _ => i().StopTypingLastYear())
            .InternalTransition(Trigger.Back, _ => i().StopTypingLastYear())
            .PermitDynamic(Trigger.Done, () => i().state.QuestionId is null ? InterviewState.Reviewing : InterviewState.Answering, "every question is behind",
                Destinations((InterviewState.Answering, "a question is open"), (InterviewState.Reviewing, "every question is behind")));
        return t;
    }

    private static DynamicStateInfos Destinations(params (InterviewState State, string Criterion)[] destinations)
    {
        var infos = new DynamicStateInfos();
        foreach (var (s, criterion) in destinations) infos.Add(s, criterion);
        return infos;
    }

    private void ClearDialog() => state = state with { Dialog = null };

    /// <summary>The machine's diagram (Mermaid), as the README shows it.</summary>
    public static string Diagram()
    {
        var m = new Machine(InterviewState.Idle);
        Configure(m, () => null!);
        return InterviewDiagram.Format(m.GetInfo());
    }
}
