using ReportBot.Core.Answers;
using ReportBot.Core.Rules;
using Stateless;

namespace ReportBot.Core.Interviews;

/// <summary>
/// One person's interview over one report. A Stateless machine guards which intents are allowed in which mode and
/// runs them; the state itself lives in <see cref="ConversationState"/>, so a new instance is built for every message.
/// </summary>
public sealed partial class Interview
{
    private InterviewContext context;
    private readonly InterviewOutcome outcome = new();
    private readonly HashSet<string> reported = [];
    private readonly ConversationState initial;
    private ConversationState state;
    private ReportInfo? report;
    private AnswerSet answers;
    private AnswerSet? lastYear;
    private InterviewScreens screens;
    private SavedTextDialog? justSaved;

    /// <summary>An interview over <paramref name="answers"/>; <paramref name="lastYear"/> (same 机关, year before) feeds R8–R10.</summary>
    public Interview(InterviewContext context, ConversationState state, AnswerSet answers, ReportInfo? report, AnswerSet? lastYear = null)
    {
        this.context = context;
        (this.state, initial) = (state, state);
        this.answers = answers;
        this.lastYear = lastYear;
        this.report = report;
        screens = new InterviewScreens(context, answers, lastYear, report?.Year);
    }

    public InterviewState State => state.State;

    /// <summary>When the message arrived: a text within a few seconds of a saved one is taken as its continuation.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Whether the current question takes prose (a long message is a narrative's business, not a number's).</summary>
    public bool WantsText => state.State == InterviewState.Drafting || Current is NarrativeQuestion;

    /// <summary>
    /// The conversation as this message leaves it, for the host to save; its version grows with any change, of the
    /// conversation or of the answers, so buttons sent before it are recognised as stale.
    /// </summary>
    public ConversationState Conversation => Changed ? state with { Version = initial.Version + 1 } : state;

    // Dropping the offer to append to a text just saved changes no button anyone holds: no new version for it alone.
    private bool Changed => answers.Changes.Count > 0
        || (state != initial && !(state == initial with { Dialog = null } && initial.Dialog is SavedTextDialog));

    /// <summary>What the intents of this message said and asked for so far.</summary>
    public InterviewOutcome Outcome => outcome;

    /// <summary>The 机关 names the store already has, for offering a near one when a new report is named.</summary>
    public IReadOnlyList<string> KnownAgencies { get; init; } = [];

    /// <summary>Whether this person may start a report (coordinators); staff work on the reports they were invited to.</summary>
    public bool MayCreateReports { get; init; } = true;

    /// <summary>
    /// The report's status as this message leaves it: submitted by <see cref="Submit"/>; any change to a submitted
    /// report, by anyone and by any way (an answer, a file taken as last year), reopens it.
    /// </summary>
    public ReportStatus? StatusChange => outcome.Status
        ?? (report is { Status: ReportStatus.Submitted } && answers.Changes.Count > 0 ? ReportStatus.Open : null);

    /// <summary>What the person is told when their change reopened a submitted report.</summary>
    public static Reply ReopenedNotice { get; } = new(InterviewTexts.Reopened);

    private Question? Current => context.Plan.Find(state.QuestionId);

    private T Dialog<T>() where T : InterviewDialog =>
        state.Dialog as T ?? throw new InvalidOperationException($"{state.State} without its {typeof(T).Name}");

    private void Say(string text) => outcome.Replies.Add(new Reply(text));

    private void Say(Reply reply) => outcome.Replies.Add(reply);

    /// <summary>"Not now", from the machine: while a text is open, it is shown again with what to do.</summary>
    private void Refuse(InterviewState mode, Trigger trigger, ICollection<string>? unmetGuards)
    {
        if (trigger == Trigger.NewReport && unmetGuards is { Count: > 0 }) Say(InterviewTexts.CoordinatorsCreate);
        else if (mode == InterviewState.Drafting)
        {
            Say(InterviewTexts.FinishDraftFirst);
            Say(InterviewScreens.Preview(Dialog<DraftDialog>().Text, Current));
        }
        else Say(InterviewTexts.NotNow);
    }

    private InterviewOutcome Fire(Trigger trigger) => Intent(() => machine.Fire(trigger));

    private InterviewOutcome Fire<T>(StateMachine<InterviewState, Trigger>.TriggerWithParameters<T> trigger, T argument) =>
        Intent(() => machine.Fire(trigger, argument));

    /// <summary>
    /// Runs one intent; whatever it said becomes one message (the saved value, findings and the next question
    /// together). The text just saved on send is offered for 追加/重写/撤销 only until the next intent.
    /// </summary>
    private InterviewOutcome Intent(Action fire)
    {
        var before = outcome.Replies.Count;
        justSaved = state.Dialog as SavedTextDialog;
        if (justSaved is not null) state = state with { Dialog = null };
        OnMachine(fire);
        ReplyComposer.Compose(outcome.Replies, before);
        return outcome;
    }

    // The rules' input as the answers stand: one message asks for it at several steps (an answer's findings, the
    // section's end), and building it reads every figure and text. The answers only grow their list of changes; a
    // report bound in the same message brings answer sets of its own.
    private (AnswerSet Answers, AnswerSet? LastYear, int Changes, RuleInput Input)? input;

    private RuleInput Input()
    {
        if (input is { } cached && cached.Answers == answers && cached.LastYear == lastYear && cached.Changes == answers.Changes.Count) return cached.Input;
        var built = RuleInput.From(context.Format, answers, lastYear);
        input = (answers, lastYear, answers.Changes.Count, built);
        return built;
    }

    /// <summary>The shown findings of the rules in <paramref name="scope"/>; the rules about empty cells are not evaluated.</summary>
    private List<Finding> ShownFindings(RuleScope scope) => Shown(context.Rules.Evaluate(Input(), scope with { Unfilled = false }));

    // Several steps of one message ask for them (the review, then the submit gate twice): evaluated once for each
    // rule input, which Input() builds anew only when the answers changed or another report was bound.
    private (RuleInput Input, List<Finding> Findings)? allFindings;

    private List<Finding> AllFindings()
    {
        var current = Input();
        if (allFindings is { } cached && ReferenceEquals(cached.Input, current)) return cached.Findings;
        var findings = Shown(context.Rules.Evaluate(current));
        allFindings = (current, findings);
        return findings;
    }

    /// <summary>
    /// What the interview shows: not R6 (missing cells are listed as questions instead) and not findings about
    /// computed totals, which follow from the typed cells' findings.
    /// </summary>
    private static List<Finding> Shown(IEnumerable<Finding> findings) => findings.Where(f => !f.Unfilled && !f.Derived).ToList();

    /// <summary>Findings still open: not acknowledged with a reason.</summary>
    private List<Finding> Unexplained(IEnumerable<Finding> findings) => findings.Where(f => Acknowledgements.Reason(answers, f) is null).ToList();

    /// <summary>The report as this message leaves it (a change to a submitted report reopens it).</summary>
    private ReportInfo Report => (report ?? throw new InvalidOperationException("no report is bound to this conversation")) with
    {
        Status = StatusChange ?? report.Status,
    };
}
