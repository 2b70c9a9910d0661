using System.Text;
using Stateless.Reflection;

namespace ReportBot.Core.Interviews;

/// <summary>
/// Writes the machine as a Mermaid state diagram. Stateless's own writer draws every dynamic transition through a
/// decision node; here each possible destination is an edge of its own, so the diagram names only real states.
/// Superstates are composite states; intents a mode handles in place are listed as its description.
/// </summary>
internal static class InterviewDiagram
{
    public static string Format(StateMachineInfo info)
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var state in info.States.Where(s => s.Superstate is null)) WriteState(text, state, "\t");
        foreach (var state in info.States)
        {
            var from = state.UnderlyingState;
            foreach (var t in state.FixedTransitions.Where(t => !t.IsInternalTransition))
                text.Append($"\t{from} --> {t.DestinationState.UnderlyingState} : {t.Trigger.UnderlyingTrigger}\n");
            foreach (var t in state.DynamicTransitions)
                foreach (var to in t.PossibleDestinationStates)
                    text.Append($"\t{from} --> {to.DestinationState} : {t.Trigger.UnderlyingTrigger} ({to.Criterion})\n");
        }
        return text.Append($"[*] --> {info.InitialState.UnderlyingState}").ToString();
    }

    private static void WriteState(StringBuilder text, StateInfo state, string indent)
    {
        var inPlace = state.FixedTransitions.Where(t => t.IsInternalTransition).Select(t => t.Trigger.UnderlyingTrigger.ToString()).Distinct().ToList();
        if (state.Substates.Any())
        {
            text.Append($"{indent}state {state.UnderlyingState} {{\n");
            foreach (var sub in state.Substates) WriteState(text, sub, indent + "\t");
            text.Append($"{indent}}}\n");
        }
        if (inPlace.Count > 0) text.Append($"{indent}{state.UnderlyingState} : {string.Join(", ", inPlace)}\n");
    }
}
