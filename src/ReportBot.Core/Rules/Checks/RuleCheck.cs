using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using ReportBot.Core.Formats;

namespace ReportBot.Core.Rules.Checks;

/// <summary>
/// How a rule is evaluated: one class per kind, chosen in the format file by the check's <c>"type"</c>. Each kind
/// names the problems of its own parameters (checked at load) and produces its own findings.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(BalanceCheck), "balance")]
[JsonDerivedType(typeof(FilledCheck), "filled")]
[JsonDerivedType(typeof(CarryoverCheck), "carryover")]
[JsonDerivedType(typeof(InForceCheck), "inForce")]
[JsonDerivedType(typeof(PendingCheck), "pending")]
[JsonDerivedType(typeof(NarrativeCheck), "narrative")]
[JsonDerivedType(typeof(StatementCheck), "statement")]
[JsonDerivedType(typeof(LabelsCheck), "labels")]
[JsonDerivedType(typeof(CeilingCheck), "ceiling")]
[JsonDerivedType(typeof(SimilarityCheck), "similarity")]
public abstract record RuleCheck
{
    /// <summary>The tables whose figures the check reads: an answer to one of them re-evaluates the rule.</summary>
    [JsonIgnore]
    public virtual IEnumerable<string> TableIds => [];

    /// <summary>
    /// Every table whose figures the check reads: its own <see cref="TableIds"/>, and for a rule about prose the
    /// tables its quoted figures are compared with. A change to one of them may change the rule's findings.
    /// </summary>
    internal virtual IEnumerable<string> TablesRead(ReportFormat format) => TableIds;

    /// <summary>The sections whose prose the check reads: a change to one of them may change the rule's findings.</summary>
    internal virtual IEnumerable<string> SectionsRead(ReportFormat format) => [];

    /// <summary>Whether the check's findings are empty cells (R6), which the interview asks as questions instead.</summary>
    internal virtual bool FindsUnfilled => false;

    /// <summary>Last year's figures the check reads, for a cross-year check; null otherwise.</summary>
    [JsonIgnore]
    public virtual LastYearCells? LastYearCells => null;

    /// <summary>What is wrong with the check's parameters in this format, each problem in a few words.</summary>
    internal abstract IEnumerable<string> Problems(ReportFormat format);

    /// <summary>
    /// The findings of <paramref name="rule"/> (id, severity, message template) over <paramref name="input"/>;
    /// with <paramref name="tableIds"/>, only those about these tables.
    /// </summary>
    internal abstract IEnumerable<Finding> Evaluate(RuleDefinition rule, ReportFormat format, RuleInput input, IReadOnlySet<string>? tableIds);

    // Plans keyed by the check instance and the format (by reference), so a plan is no part of the record's equality.
    private static readonly ConditionalWeakTable<RuleCheck, ConditionalWeakTable<ReportFormat, object>> Plans = [];

    /// <summary>
    /// What this check works out from the format alone (cell keys, labels), built on its first evaluation in
    /// <paramref name="format"/> and kept: checks run on most messages, and the format never changes.
    /// </summary>
    private protected TPlan PlanFor<TPlan>(ReportFormat format, Func<ReportFormat, TPlan> build) where TPlan : class
    {
        // Looked up before it is built: a callback for GetValue would be a new closure on every evaluation.
        var plans = Plans.GetOrCreateValue(this);
        if (plans.TryGetValue(format, out var plan)) return (TPlan)plan;
        plans.AddOrUpdate(format, plan = build(format));
        return (TPlan)plan;
    }

    /// <summary>The discriminators the format file may use, for the message naming an unknown one.</summary>
    public static IEnumerable<string> KnownTypes =>
        typeof(RuleCheck).GetCustomAttributes(typeof(JsonDerivedTypeAttribute), false).Cast<JsonDerivedTypeAttribute>().Select(a => (string)a.TypeDiscriminator!);
}
