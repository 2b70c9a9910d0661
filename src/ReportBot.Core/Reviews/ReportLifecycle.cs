using ReportBot.Core.Interviews;
using Stateless;
using Stateless.Graph;

namespace ReportBot.Core.Reviews;

/// <summary>
/// A report's review, as its own machine: draft (open) → submitted → returned → … → approved (定稿). Staff submit;
/// a coordinator returns items with comments or approves; any change to an approved report reopens it. The status
/// lives in the store: the machine is built over it for one decision and reads and writes it through lambdas.
/// </summary>
public sealed class ReportLifecycle
{
    private enum Trigger { Submit, Return, Approve, Change }

    private readonly StateMachine<ReportStatus, Trigger> machine;
    private ReportStatus status;

    public ReportLifecycle(ReportStatus status)
    {
        this.status = status;
        machine = new StateMachine<ReportStatus, Trigger>(() => this.status, s => this.status = s);
        Configure(machine);
        // "Not now": the intent returns false and the status stays.
        machine.OnUnhandledTrigger((_, _) => Refused = true);
    }

    public ReportStatus Status => status;

    /// <summary>Whether the last intent was not allowed in the status it met.</summary>
    public bool Refused { get; private set; }

    /// <summary>Staff hand the report in (first time, or after fixing what was returned).</summary>
    public bool Submit() => Fire(Trigger.Submit);

    /// <summary>A coordinator sends items back with a comment; more may be returned while it is returned.</summary>
    public bool Return() => Fire(Trigger.Return);

    /// <summary>A coordinator approves a submitted report: 定稿.</summary>
    public bool Approve() => Fire(Trigger.Approve);

    /// <summary>An answer changed: a submitted or approved report is open again; a returned one stays returned until resubmitted.</summary>
    public bool Change() => Fire(Trigger.Change);

    /// <summary>The machine as a Mermaid state diagram, for the README.</summary>
    public static string Diagram()
    {
        var m = new StateMachine<ReportStatus, Trigger>(ReportStatus.Open);
        Configure(m);
        return MermaidGraph.Format(m.GetInfo());
    }

    private bool Fire(Trigger trigger)
    {
        Refused = false;
        machine.Fire(trigger);
        return !Refused;
    }

    private static void Configure(StateMachine<ReportStatus, Trigger> m)
    {
        m.Configure(ReportStatus.Open)
            .Permit(Trigger.Submit, ReportStatus.Submitted)
            .Ignore(Trigger.Change);
        m.Configure(ReportStatus.Submitted)
            .Permit(Trigger.Return, ReportStatus.Returned)
            .Permit(Trigger.Approve, ReportStatus.Approved)
            .Permit(Trigger.Change, ReportStatus.Open);
        m.Configure(ReportStatus.Returned)
            .Permit(Trigger.Submit, ReportStatus.Submitted)
            .PermitReentry(Trigger.Return)
            .Ignore(Trigger.Change);
        m.Configure(ReportStatus.Approved)
            .Permit(Trigger.Change, ReportStatus.Open);
    }
}
