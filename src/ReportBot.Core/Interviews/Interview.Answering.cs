using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Interviews;

/// <summary>Typed answers: validated, saved, checked against the rules, then on to the next question.</summary>
public sealed partial class Interview
{
    private void AnswerQuestion(string text)
    {
        if (RefusedAsReadOnly(Current)) return;
        if (Current is NarrativeQuestion n) StartDraft(n, text);
        else if (Current is RowQuestion r) AnswerRow(r, text);
        else ReviewAll();
    }

    private void AnswerRow(RowQuestion q, string text)
    {
        if (q.Table.GroupZero && NumberParser.Normalize(text).Replace(" ", "", StringComparison.Ordinal) == InterviewTexts.ZeroWord)
        {
            ZeroRest();
            return;
        }
        var values = ParseRow(q, text);
        if (values is null) return;
        var changed = new List<string>();
        foreach (var (key, value) in q.Keys.Zip(values))
        {
            changed.Add(key);
            answers.Set(key, value);
        }
        Say(SavedWithFindings(InterviewTexts.Saved($"{q.Row.Label}：{screens.NamedRowValues(q)}"), q.Table, changed));
        if (LooksLikeTotalInLastColumn(q, values)) Say(InterviewTexts.MaybeTotalTyped(values[^1]));
        Advance(q);
    }

    /// <summary>The row's values as stored text, or null after telling the user what was expected.</summary>
    private List<string>? ParseRow(RowQuestion q, string text)
    {
        if (q.Table.IsFee)
        {
            var fee = NumberParser.ParseFee(text);
            if (fee.Ok) return [fee.Value.ToString(CultureInfo.InvariantCulture)];
            Say(new Reply($"{fee.Error}\n\n{screens.Prompt(q, false).Text}", screens.Prompt(q, false).Buttons));
            return null;
        }
        var total = q.Table.ComputedColumn;
        var row = RowParser.Parse(text, q.Table.TypedColumns.Count(), total is not null);
        if (!row.Ok)
        {
            var prompt = screens.Prompt(q, state.ResumeQuestionId is not null);
            Say(new Reply($"{row.Error}\n\n{prompt.Text}", prompt.Buttons));
            return null;
        }
        var values = row.Value!.Values.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToList();
        if (row.Value.DeclaredTotal is { } declared && declared != row.Value.Values.Sum())
        {
            Say(InterviewTexts.TotalMismatch(DeclaredTotalFinding(q, values, declared)));
            return null;
        }
        return values;
    }

    /// <summary>The row rule (R2 or R5) applied to the total the user typed, through the same engine.</summary>
    private string DeclaredTotalFinding(RowQuestion q, List<string> values, long declared)
    {
        var candidate = new AnswerSet(answers.Values);
        foreach (var (key, value) in q.Keys.Zip(values)) candidate.Set(key, value);
        var totalKey = q.Table.CellKey(q.Row.Id, q.Table.ComputedColumn!.Id);
        var figures = ReportFigures.From(context.Format, candidate).With(totalKey, declared);
        var rowFinding = context.Rules.Evaluate(new RuleInput(figures), new HashSet<string> { q.Table.Id })
            .FirstOrDefault(f => f.Where == q.Row.Short && f.CellKeys.Intersect(q.Keys).Any());
        return rowFinding?.Text ?? $"{q.Row.Short}：总计({declared}) ≠ {values.Sum(long.Parse)}";
    }

    private void ZeroRest()
    {
        if (RefusedAsReadOnly(Current)) return;
        if (Current is not RowQuestion q || !q.Table.GroupZero)
        {
            Say(InterviewTexts.NotNow);
            return;
        }
        var changed = new List<string>();
        foreach (var key in context.Plan.InTable(q.Table.Id).SelectMany(r => r.Keys).Where(k => !answers.Has(k)))
        {
            answers.Set(key, "0");
            changed.Add(key);
        }
        Say(SavedWithFindings($"✅ {q.Table.Caption}：{(changed.Count > 0 ? InterviewTexts.ZeroDone : InterviewTexts.ZeroNothing)}", q.Table, changed));
        Advance(context.Plan.InTable(q.Table.Id).Last());
    }

    /// <summary>The acknowledgement, plus every rule the change completed or touched that does not hold.</summary>
    private Reply SavedWithFindings(string saved, TableDefinition table, List<string> changed)
    {
        var findings = Unexplained(Shown(context.Rules.Evaluate(Input(), new HashSet<string> { table.Id })))
            .Where(f => f.CellKeys.Intersect(changed).Any()).ToList();
        reported.UnionWith(findings.Select(f => f.Text));
        var text = InterviewScreens.FindingsText(findings) is { } f ? $"{saved}\n{f}" : saved;
        return new Reply(text, InterviewScreens.Rows(screens.FixButtons(findings, context.Format), 3));
    }

    /// <summary>After an answer: back to where a jump came from, else the next question, else the review.</summary>
    private void Advance(Question answered)
    {
        if (state.ResumeQuestionId is { } resume)
        {
            state = state with { ResumeQuestionId = null };
            if (resume == ConversationState.ReturnToReview || context.Plan.Find(resume) is null)
            {
                ReviewAll();
                return;
            }
            state = state with { QuestionId = resume };
            Ask();
            return;
        }
        var next = NextOpenAfter(answered);
        if (next is null || next.Section != answered.Section) SectionEndFindings(answered.Section);
        state = state with { QuestionId = next?.Id };
        if (next is not null)
        {
            Ask();
            return;
        }
        ReviewAll(InterviewTexts.AllAnswered);
    }

    /// <summary>At a section's end: the rules of its tables, or of its prose, that do not hold and are not explained.</summary>
    private void SectionEndFindings(SectionDefinition section)
    {
        // Findings just reported with the answer are not repeated.
        var tables = section.Tables ?? [];
        // Prose findings about this section's tables (R11, R12) belong here too: their figures were just completed.
        var findings = Unexplained(AllFindings()).Where(f => (f.Table is not null && tables.Contains(f.Table)) || f.Section == section.Id
                || (f.Section is not null && f.CellKeys.Any(k => tables.Any(t => k.StartsWith(t + ".", StringComparison.Ordinal)))))
            .Where(f => !reported.Contains(f.Text)).ToList();
        if (InterviewScreens.FindingsText(findings, InterviewTexts.SectionFindingsTitle) is { } text)
            Say(new Reply(text, InterviewScreens.Rows(screens.FixButtons(findings, context.Format), 3)));
    }

    private void Ask(bool jumped = false)
    {
        if (Current is { } q) Say(screens.Prompt(q, jumped || state.ResumeQuestionId is not null));
        else ReviewAll();
    }

    /// <summary>A row whose last typed number is the sum of the others (and not 0): likely its total typed as 其他.</summary>
    private static bool LooksLikeTotalInLastColumn(RowQuestion q, List<string> values) =>
        q.Table.ComputedColumn is not null && values.Count > 2 && values.Take(values.Count - 1).Sum(long.Parse) is var rest && rest > 0
        && long.Parse(values[^1], System.Globalization.CultureInfo.InvariantCulture) == rest;

}
