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
        if (JoinedToJustSaved(text)) return;
        if (RefusedAsReadOnly(Current)) return;
        if (Current is NarrativeQuestion n) SaveNarrative(n, text);
        else if (string.IsNullOrWhiteSpace(text))
        {
            Say(InterviewTexts.EmptyMessage);
            Ask();
        }
        else if (Current is RowQuestion r) AnswerRow(r, text);
        else ReviewAll();
    }

    private void AnswerRow(RowQuestion q, string text)
    {
        if (q.Table.GroupZero && ZeroWords.Scope(text) is { } scope)
        {
            ZeroRest(scope);
            return;
        }
        var (values, error) = ParseRow(q, text);
        if (values is null && !q.Table.IsFee && PastedRows(q, text) is { } rows)
        {
            SaveRows(rows);
            return;
        }
        if (error is not null)
        {
            var prompt = screens.Prompt(q, state.ResumeQuestionId is not null);
            Say(new Reply($"{error}\n\n{prompt.Text}", prompt.Buttons));
            return;
        }
        SaveRows([(q, values!)]);
        if (LooksLikeTotalInLastColumn(q, values!)) Say(InterviewTexts.MaybeTotalTyped(values![^1]));
    }

    private void SaveRows(List<(RowQuestion Row, List<string> Values)> rows)
    {
        var changed = new List<string>();
        foreach (var (row, values) in rows)
            foreach (var (key, value) in row.Keys.Zip(values))
            {
                changed.Add(key);
                answers.Set(key, value);
            }
        ForgetStaleReasons(rows[0].Row.Table);
        var saved = InterviewTexts.Saved(string.Join("；", rows.Select(r => $"{r.Row.Row.Label}：{screens.NamedRowValues(r.Row)}")));
        Say(SavedWithFindings(saved, rows[0].Row.Table, changed));
        Advance(rows[^1].Row);
    }

    /// <summary>The row's values as stored text, or the reason they cannot be used.</summary>
    private (List<string>? Values, string? Error) ParseRow(RowQuestion q, string text)
    {
        if (q.Table.IsFee)
        {
            var fee = NumberParser.ParseFee(text);
            return fee.Ok ? ([fee.Value.ToString(CultureInfo.InvariantCulture)], null) : (null, fee.Error);
        }
        var total = q.Table.ComputedColumn;
        var row = RowParser.Parse(text, q.Table.TypedColumns.Count(), total is not null);
        if (!row.Ok) return (null, row.Error);
        var values = row.Value!.Values.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToList();
        if (row.Value.DeclaredTotal is { } declared && declared != row.Value.Values.Sum())
            return (null, InterviewTexts.TotalMismatch(DeclaredTotalFinding(q, values, declared)));
        return (values, null);
    }

    /// <summary>
    /// Several rows of this table in one message, from the current row on (表四 typed as printed: 15 numbers, or
    /// 12 without the totals); null when the count fits no whole number of rows or a typed total does not add up.
    /// </summary>
    private List<(RowQuestion, List<string>)>? PastedRows(RowQuestion q, string text)
    {
        var following = context.Plan.InTable(q.Table.Id).SkipWhile(r => r.Id != q.Id).ToList();
        var typed = q.Table.TypedColumns.Count();
        var widths = q.Table.ComputedColumn is null ? new[] { typed } : [typed + 1, typed];
        for (var k = following.Count; k >= 2; k--)
            foreach (var width in widths)
            {
                var all = RowParser.Parse(text, k * width, allowTotal: false);
                if (!all.Ok) continue;
                var rows = new List<(RowQuestion, List<string>)>();
                for (var i = 0; i < k; i++)
                {
                    var cells = all.Value!.Values.Skip(i * width).Take(width).ToList();
                    if (width > typed && cells[typed] != cells.Take(typed).Sum()) return null;
                    rows.Add((following[i], cells.Take(typed).Select(v => v.ToString(CultureInfo.InvariantCulture)).ToList()));
                }
                return rows;
            }
        return null;
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

    private void ZeroRest() => ZeroRest(ZeroScope.Default);

    private void ZeroGroup() => ZeroRest(ZeroScope.Group);

    /// <summary>The still-empty cells of this group (（三）–（六） of 表三) or of the whole table are 0; then past them.</summary>
    private void ZeroRest(ZeroScope scope)
    {
        if (RefusedAsReadOnly(Current)) return;
        if (Current is not RowQuestion q || !q.Table.GroupZero)
        {
            Say(InterviewTexts.NotNow);
            return;
        }
        var wholeTable = scope == ZeroScope.Table || q.Row.Group is null || (scope == ZeroScope.Default && q.Table.ZeroShortcut == ZeroShortcuts.Table);
        var rows = context.Plan.InTable(q.Table.Id).Where(r => wholeTable || r.Row.Group == q.Row.Group).ToList();
        var changed = new List<string>();
        foreach (var key in rows.SkipWhile(r => r.Id != q.Id).SelectMany(r => r.Keys).Where(k => !answers.Has(k)))
        {
            answers.Set(key, "0");
            changed.Add(key);
        }
        ForgetStaleReasons(q.Table);
        var where = wholeTable ? q.Table.Caption : q.Row.Group;
        var saved = $"✅ {where}：{(changed.Count > 0 ? InterviewTexts.ZeroDone : InterviewTexts.ZeroNothing)}";
        Say(SavedWithFindings(saved, q.Table, changed));
        Advance(rows[^1]);
    }

    /// <summary>The acknowledgement, plus every rule the change completed or touched that does not hold.</summary>
    private Reply SavedWithFindings(string saved, TableDefinition table, List<string> changed)
    {
        var findings = Unexplained(ShownFindings(RuleScope.AboutTables(new HashSet<string> { table.Id })))
            .Where(f => f.CellKeys.Intersect(changed).Any()).ToList();
        reported.UnionWith(findings.Select(f => f.Text));
        var text = InterviewScreens.FindingsText(findings) is { } f ? $"{saved}\n{f}" : saved;
        return new Reply(text, InterviewScreens.Rows(screens.FixButtons(findings, context.Format), 3)) { Saved = saved };
    }

    /// <summary>
    /// A reason given for a finding the figures no longer produce is taken back with the change that fixed it: the
    /// change to <paramref name="changed"/>'s figures can fix only the rules that read them.
    /// </summary>
    private void ForgetStaleReasons(TableDefinition changed)
    {
        var stored = answers.Values.Keys.Where(k => k.StartsWith(Acknowledgements.Prefix, StringComparison.Ordinal)).ToList();
        if (stored.Count == 0) return;
        var scope = RuleScope.Reading([changed.Id], []) with { Unfilled = false };
        var rules = context.Rules.RulesIn(scope);
        var current = context.Rules.Evaluate(Input(), scope).Select(Acknowledgements.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in stored.Where(k => rules.Contains(Acknowledgements.RuleOf(k)) && !current.Contains(k))) answers.Remove(key);
    }

    /// <summary>After an answer: back to where a jump came from, else the next question, else the review.</summary>
    private void Advance(Question answered)
    {
        if (state.ResumeQuestionId is { } resume)
        {
            ReturnTo(resume);
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
        // Only the rules that read the section's tables or prose can have findings here.
        var findings = Unexplained(ShownFindings(RuleScope.Reading(tables, [section.Id]))).Where(f => (f.Table is not null && tables.Contains(f.Table)) || f.Section == section.Id
                || (f.Section is not null && f.CellKeys.Any(k => tables.Any(t => TableDefinition.IsCellOf(k, t)))))
            .Where(f => !reported.Contains(f.Text)).ToList();
        if (InterviewScreens.FindingsText(findings, InterviewTexts.SectionFindingsTitle) is { } text)
            Say(new Reply(text, InterviewScreens.Rows(screens.FixButtons(findings, context.Format), 3)));
        // Table 三 done: its sentence for 一（二）, unless that text already has it.
        if (tables.Contains("t3") && TableSentence.Compose(context.Format, ReportFigures.From(context.Format, answers)) is { } sentence
            && answers.Get(TableSentence.ItemId)?.Contains(sentence, StringComparison.Ordinal) != true)
            Say(new Reply(InterviewTexts.TableSentenceOffer(sentence), [[InterviewButtons.WriteTableSentence]]));
    }

    /// <summary>The sentence written from table 三 added to 一（二） as a paragraph; offered for 撤销 like any saved text.</summary>
    private void InsertTableSentence()
    {
        if (context.Plan.Find(TableSentence.ItemId) is not NarrativeQuestion q
            || TableSentence.Compose(context.Format, ReportFigures.From(context.Format, answers)) is not { } sentence)
        {
            Say(InterviewTexts.FindingGone);
            return;
        }
        var before = answers.Get(q.Item.Id);
        var value = string.IsNullOrWhiteSpace(before) ? sentence : before.Contains(sentence, StringComparison.Ordinal) ? before : $"{before}\n{sentence}";
        if (TextLength(value) > q.Item.MaxLength)
        {
            Say(InterviewTexts.TooLong(q.Item.MaxLength, TextLength(value)));
            return;
        }
        answers.Set(q.Item.Id, value);
        SayNarrativeSaved(q, before);
        if (Current == q) Advance(q);
        else Resume(toReview: state.State == InterviewState.Reviewing);
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
