using System.Collections.Concurrent;
using Stateless;
using Machine = Stateless.StateMachine<ReportBot.Core.Interviews.InterviewState, ReportBot.Core.Interviews.Interview.Trigger>;

namespace ReportBot.Core.Interviews;

public sealed partial class Interview
{
    // Configured machines not lent out. As many are made as interviews run an intent at once: a handful.
    private static readonly ConcurrentBag<MachineLease> IdleMachines = [];

    private MachineLease? lent;

    /// <summary>The machine, while this interview runs an intent; between intents it holds none.</summary>
    private Machine machine => lent?.Machine ?? throw new InvalidOperationException("The interview runs no intent: it holds no machine.");

    /// <summary>
    /// Runs <paramref name="fire"/> on a configured machine lent to this interview for the intent. Configuring one
    /// (every mode, transition and delegate) allocated some 60 KB on every message; a machine keeps nothing between
    /// intents (the mode is the conversation's), so configured ones are lent out again. An intent fired from inside
    /// another (queued, as before) runs on the machine already lent.
    /// </summary>
    private void OnMachine(Action fire)
    {
        if (lent is not null)
        {
            fire();
            return;
        }
        lent = IdleMachines.TryTake(out var idle) ? idle : new MachineLease();
        lent.Interview = this;
        var lease = lent;
        try
        {
            fire();
            lease.Interview = null;
            IdleMachines.Add(lease);
        }
        finally
        {
            // A machine an exception left mid-intent may hold queued triggers: it is not lent again.
            lent = null;
        }
    }

    /// <summary>A configured machine and the interview it is lent to.</summary>
    private sealed class MachineLease
    {
        public MachineLease()
        {
            // Queued: a mode change fired by an intent's action runs once that action is done, never in the middle of it.
            // Stateless reads the mode once as it is made, before any interview holds it.
            Machine = new Machine(() => Interview?.state.State ?? InterviewState.Idle, s => Lent.state = Lent.state with { State = s }, FiringMode.Queued);
            Configure(Machine, () => Lent);
            Machine.OnUnhandledTrigger((mode, trigger, unmetGuards) => Lent.Refuse(mode, trigger, unmetGuards));
        }

        public Machine Machine { get; }

        public Interview? Interview { get; set; }

        private Interview Lent => Interview ?? throw new InvalidOperationException("The machine is not lent to an interview.");
    }
}
