using ReportBot.Core.Answers;
using ReportBot.Core.Rules;
using Stateless;
using Stateless.Graph;

namespace ReportBot.Core.Interviews;

/// <summary>
/// One person's interview over one report. A Stateless machine guards which intents are allowed in which state;
/// the state itself lives in <see cref="ConversationState"/>, so a new instance is built for every message.
/// </summary>
public sealed partial class Interview
{
    private enum Trigger { NewReport, AgencyNamed, YearNamed, Back, Cancel, DraftStarted, DraftSaved, DraftDiscarded, Review, Jump, Continue, Submit, Explain, Explained, TypeLastYear, LastYearDone }

    private readonly StateMachine<InterviewState, Trigger> machine;
    private readonly InterviewContext context;
    private readonly ConversationState state;
    private readonly AnswerSet answers;
    private readonly AnswerSet? lastYear;
    private readonly ReportInfo? report;
    private readonly InterviewScreens screens;
    private readonly InterviewOutcome outcome = new();
    private readonly HashSet<string> reported = [];

    /// <summary>An interview over <paramref name="answers"/>; <paramref name="lastYear"/> (same 机关, year before) feeds R8–R10.</summary>
    public Interview(InterviewContext context, ConversationState state, AnswerSet answers, ReportInfo? report, AnswerSet? lastYear = null)
    {
        this.context = context;
        this.state = state;
        this.answers = answers;
        this.lastYear = lastYear;
        this.report = report;
        screens = new InterviewScreens(context, answers, lastYear);
        machine = new StateMachine<InterviewState, Trigger>(() => state.State, s => state.State = s, FiringMode.Queued);
        Configure(machine, () => state.ReportId is null ? InterviewState.Idle : InterviewState.Answering,
            () => Acknowledgements.FromReview(state.Explaining) ? InterviewState.Reviewing : InterviewState.Answering,
            () => state.QuestionId is null ? InterviewState.Reviewing : InterviewState.Answering);
        machine.OnUnhandledTrigger((_, _) => Say(InterviewTexts.NotNow));
    }

    public InterviewState State => state.State;

    /// <summary>Whether this person may start a report (coordinators); staff work on the reports they were invited to.</summary>
    public bool MayCreateReports { get; init; } = true;

    /// <summary>The machine's diagram (Mermaid), as the README shows it.</summary>
    public static string Diagram()
    {
        var m = new StateMachine<InterviewState, Trigger>(InterviewState.Idle);
        Configure(m, () => InterviewState.Answering, () => InterviewState.Answering, () => InterviewState.Answering);
        return MermaidGraph.Format(m.GetInfo());
    }

    private static void Configure(StateMachine<InterviewState, Trigger> m, Func<InterviewState> afterCancel, Func<InterviewState> afterExplaining, Func<InterviewState> afterLastYear)
    {
        m.Configure(InterviewState.Idle)
            .Permit(Trigger.NewReport, InterviewState.NamingAgency);
        m.Configure(InterviewState.NamingAgency)
            .Permit(Trigger.AgencyNamed, InterviewState.NamingYear)
            .PermitDynamic(Trigger.Cancel, afterCancel);
        m.Configure(InterviewState.NamingYear)
            .Permit(Trigger.YearNamed, InterviewState.Answering)
            .Permit(Trigger.Back, InterviewState.NamingAgency)
            .PermitDynamic(Trigger.Cancel, afterCancel);
        m.Configure(InterviewState.Answering)
            .Permit(Trigger.DraftStarted, InterviewState.Drafting)
            .Permit(Trigger.Review, InterviewState.Reviewing)
            .Permit(Trigger.Submit, InterviewState.Submitted)
            .Permit(Trigger.NewReport, InterviewState.NamingAgency)
            .Permit(Trigger.Explain, InterviewState.Explaining)
            .Permit(Trigger.TypeLastYear, InterviewState.TypingLastYear)
            .PermitReentry(Trigger.Jump);
        m.Configure(InterviewState.TypingLastYear)
            .PermitDynamic(Trigger.LastYearDone, afterLastYear)
            .PermitDynamic(Trigger.Cancel, afterLastYear);
        m.Configure(InterviewState.Explaining)
            .PermitDynamic(Trigger.Explained, afterExplaining)
            .PermitDynamic(Trigger.Cancel, afterExplaining);
        m.Configure(InterviewState.Drafting)
            .Permit(Trigger.DraftSaved, InterviewState.Answering)
            .Permit(Trigger.DraftDiscarded, InterviewState.Answering);
        m.Configure(InterviewState.Reviewing)
            .Permit(Trigger.Jump, InterviewState.Answering)
            .Permit(Trigger.Continue, InterviewState.Answering)
            .Permit(Trigger.Submit, InterviewState.Submitted)
            .Permit(Trigger.NewReport, InterviewState.NamingAgency)
            .Permit(Trigger.Explain, InterviewState.Explaining)
            .Permit(Trigger.TypeLastYear, InterviewState.TypingLastYear)
            .PermitReentry(Trigger.Review);
        m.Configure(InterviewState.Submitted)
            .Permit(Trigger.Review, InterviewState.Reviewing)
            .Permit(Trigger.NewReport, InterviewState.NamingAgency);
    }

    private Question? Current => context.Plan.Find(state.QuestionId);

    private void Say(string text) => outcome.Replies.Add(new Reply(text));

    private void Say(Reply reply) => outcome.Replies.Add(reply);

    /// <summary>Fires when allowed; otherwise the unhandled-trigger reply says "not now" and false is returned.</summary>
    private bool TryFire(Trigger trigger)
    {
        if (!machine.CanFire(trigger))
        {
            machine.Fire(trigger);
            return false;
        }
        machine.Fire(trigger);
        return true;
    }

    private RuleInput Input() => RuleInput.From(context.Format, answers, lastYear);

    private List<Finding> AllFindings() => Shown(context.Rules.Evaluate(Input()));

    /// <summary>
    /// What the interview shows: not R6 (missing cells are listed as questions instead) and not findings about
    /// computed totals, which follow from the typed cells' findings.
    /// </summary>
    private static List<Finding> Shown(IEnumerable<Finding> findings) => findings.Where(f => !f.Unfilled && !f.Derived).ToList();

    /// <summary>Findings still open: not acknowledged with a reason.</summary>
    private List<Finding> Open(IEnumerable<Finding> findings) => findings.Where(f => Acknowledgements.Reason(answers, f) is null).ToList();

    /// <summary>The report as this message leaves it: a change to a submitted report reopens it (the host records that).</summary>
    private ReportInfo Report => (report ?? throw new InvalidOperationException("no report is bound to this conversation")) is var r && r.Submitted && answers.Changes.Count > 0
        ? r with { Submitted = false }
        : r;
}
