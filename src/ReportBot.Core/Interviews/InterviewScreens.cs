using System.Text;
using ReportBot.Core.Answers;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Interviews;

/// <summary>Renders questions, previews, the review and findings as replies.</summary>
internal sealed class InterviewScreens(InterviewContext context, AnswerSet answers, AnswerSet? lastYear, int? year = null)
{
    public Reply Prompt(Question q, bool jumped)
    {
        var text = new StringBuilder().AppendLine(q.Position);
        var buttons = new List<Button>();
        if (context.Plan.Before(q) is not null && !jumped) buttons.Add(InterviewButtons.Back);
        switch (q)
        {
            case NarrativeQuestion n:
                text.AppendLine($"{n.Item.Label}{(n.Required ? "（必填）" : "（可选）")}")
                    .AppendLine(n.Item.Prompt)
                    .AppendLine($"提示：{Hinted(n.Item.Hint)}")
                    .Append("发送即保存；内容较长可分多条连续发送。");
                if (n.Item.Id == TableSentence.ItemId && TableSentence.Compose(context.Format, ReportFigures.From(context.Format, answers)) is { } sentence)
                {
                    text.Append($"\n📝 由表三生成（数字与表格一致）：{sentence}");
                    buttons.Add(InterviewButtons.UseTableSentence);
                }
                if (LastYearText(n) is { } lastText) text.Append($"\n📅 上年：{InterviewTexts.Excerpt(lastText, 120)}");
                if (!n.Required) buttons.Add(InterviewButtons.Skip);
                break;
            case RowQuestion r:
                text.AppendLine(r.Path).Append(RowInstruction(r));
                var (last, lastRow) = LastYearFigures(r);
                if (last is not null) text.Append($"\n📅 {last}");
                if (lastRow is not null) buttons.Add(InterviewButtons.SameAsLastYear(lastRow));
                if (r.Row.Guidance is { } g && context.Format.Rule(g) is { } rule) text.Append($"\n⚠️ {rule.Message ?? rule.Title}");
                if (r.Table.GroupZero && r.Table.TypedRows.Count() > 1)
                {
                    // Inside a group of a table-wide shortcut (表三（三）–（六）) the rest of the group too.
                    if (r.Table.ZeroShortcut == ZeroShortcuts.Table && r.Row.Group is not null) buttons.Add(InterviewButtons.ZeroGroup);
                    buttons.Add(InterviewButtons.Zero(r.Table.ZeroShortcut == ZeroShortcuts.Table));
                }
                break;
        }
        if (SavedValue(q) is { } saved)
        {
            text.Append($"\n已保存：{saved}");
            buttons.Add(InterviewButtons.Keep);
        }
        buttons.Add(InterviewButtons.Review);
        return new Reply(text.ToString(), Rows(buttons, 3));
    }

    /// <summary>The unsaved text, with the question it belongs to.</summary>
    public static Reply Preview(string draft, Question? q) =>
        new((q is null ? "" : $"{q.Position} · {ShortLabel(q)}\n") + InterviewTexts.Preview(draft), [[InterviewButtons.Save, InterviewButtons.Append, InterviewButtons.Rewrite]]);

    public string? SavedValue(Question q) => q switch
    {
        NarrativeQuestion n when answers.Get(n.Item.Id) is { } t => $"{InterviewTexts.Excerpt(t, 60)}（共{Interview.TextLength(t)}字）",
        RowQuestion r when r.Keys.All(answers.Has) => RowValues(r),
        _ => null,
    };

    /// <summary>A saved row with each figure named, for the acknowledgement: 自然人8 商业企业2 …（总计12）; fees in 万元.</summary>
    public string NamedRowValues(RowQuestion r)
    {
        if (r.Table.IsFee) return $"{answers.Get(r.Keys.Single())}万元";
        var columns = r.Table.TypedColumns.ToList();
        if (columns.Count == 1) return answers.Get(r.Keys.Single()) ?? "";
        var named = string.Join(' ', columns.Select(c => $"{c.Short}{answers.Get(r.Table.CellKey(r.Row.Id, c.Id))}"));
        if (r.Table.ComputedColumn is not { } total) return named;
        return $"{named}（{total.Short}{ReportFigures.From(context.Format, answers).Value(r.Table, r.Row.Id, total.Id)}）";
    }

    public string RowValues(RowQuestion r)
    {
        var values = string.Join(' ', r.Keys.Select(k => answers.Get(k)));
        if (r.Table.ComputedColumn is not { } total) return values;
        var figures = ReportFigures.From(context.Format, answers);
        return $"{values}（{total.Short} {figures.Value(r.Table, r.Row.Id, total.Id)}）";
    }

    /// <summary>Findings grouped by severity, each with its rule id, or null when there are none.</summary>
    public static string? FindingsText(IEnumerable<Finding> findings, string? title = null)
    {
        var list = findings.ToList();
        if (list.Count == 0) return null;
        var text = new StringBuilder();
        if (title is not null) text.AppendLine(title);
        foreach (var f in list.Where(f => f.Severity == Severities.Error)) text.AppendLine($"❌ {f.Text}");
        foreach (var f in list.Where(f => f.Severity != Severities.Error)) text.AppendLine($"⚠️ {f.Text}");
        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// A button per typed row a finding involves, to re-enter that figure; then, for findings that can be explained
    /// or acknowledged, a button to give the reason, and for a suggestion, one to accept it.
    /// </summary>
    public List<Button> FixButtons(IEnumerable<Finding> findings, Formats.ReportFormat format)
    {
        var list = findings.ToList();
        // Every row a finding involves, however many: the seventh operand of a sum is as likely wrong as the first.
        var jumps = list.SelectMany(f => f.CellKeys).Select(RowOf).OfType<RowQuestion>().Distinct()
            .Select(q => InterviewButtons.Jump($"改{q.Row.Short}", q.Id));
        var explain = list.Where(f => format.Rule(f.RuleId)?.CanBeAcknowledged == true)
            .Select(f => InterviewButtons.Explain($"说明{f.RuleId}{Place(f, format)}", f.Id));
        var accept = list.Where(f => f.Suggestion is not null).Take(2).Select(f => InterviewButtons.Accept($"采用建议（{Place(f, format)}）", f.Id));
        return [.. jumps, .. explain, .. accept];
    }

    /// <summary>Where a finding is, short enough for a button: the section's numeral (一…六), or a short row or column.</summary>
    private static string Place(Finding f, Formats.ReportFormat format) =>
        f.Section is { } section ? format.Sections.First(s => s.Id == section).Heading[..1] : f.Where.Length <= 6 ? f.Where : "";

    /// <summary>Last year's figure where this year's question depends on it (上年结转, 现行有效件数, 尚未审结), if known: the text beside the question, and last year's whole row when this row may simply take it (沿用上年结转).</summary>
    public (string? Text, IReadOnlyList<decimal>? Row) LastYearFigures(RowQuestion r)
    {
        var shown = context.Format.Rules.Select(x => x.Check?.LastYearCells).OfType<Rules.Checks.LastYearCells>().Where(c => c.IsShownWith(r.Table.Id, r.Row.Id)).ToList();
        if (lastYear is null) return (shown.Count > 0 ? InterviewTexts.LastYearUnknown : null, null);
        var last = Rules.ReportFigures.From(context.Format, lastYear);
        foreach (var cells in shown)
        {
            if (cells.Row is { } lastRow)
            {
                var values = r.Table.TypedColumns.Select(c => last.Value(r.Table, lastRow, c.Id)).ToList();
                if (values.All(v => v is not null)) return ($"上年“{r.Table.Rows.First(x => x.Id == lastRow).Label}”：{string.Join(' ', values)}", values.Select(v => v!.Value).ToList());
            }
            if (cells.Column is { } column)
            {
                var label = r.Table.Columns.First(c => c.Id == column).Label;
                // Every row of the table at once: 表四 may be typed in one message.
                var rows = r.Table.TypedRows.Select(x => (x.Short, v: last.Value(r.Table, x.Id, column))).Where(x => x.v is not null).ToList();
                if (cells.ShownWithEveryRow && r.Table.Layout == TableLayouts.Blocks && rows.Count > 1) return ($"上年{label}：{string.Join(' ', rows.Select(x => $"{x.Short}{x.v}"))}", null);
                if (last.Value(r.Table, r.Row.Id, column) is { } count) return ($"上年{label}：{count}", null);
            }
        }
        return (null, null);
    }

    /// <summary>A hint's example year is the report's year (<c>{year}</c> in the format), never a fixed one.</summary>
    private string Hinted(string hint) => hint.Replace("{year}", year is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "本", StringComparison.Ordinal);

    /// <summary>Last year's text of the same item, where this year's must address it (五 answers last year's problems).</summary>
    private string? LastYearText(NarrativeQuestion n) =>
        lastYear is not null && n.Item.Id == LastYearTextItem ? lastYear.Get(n.Item.Id) : null;

    private const string LastYearTextItem = "s5.problems";

    public bool IsAnswered(Question q) => q.Keys.All(answers.Has);

    public static string ShortLabel(Question q) => q switch
    {
        NarrativeQuestion n => n.Item.Label,
        RowQuestion r => r.Table.ShortName(r.Row),
        _ => q.Id,
    };

    public static IReadOnlyList<IReadOnlyList<Button>> Rows(IEnumerable<Button> buttons, int perRow) =>
        buttons.Chunk(perRow).Select(c => (IReadOnlyList<Button>)c).ToList();

    private RowQuestion? RowOf(string cellKey) =>
        context.Plan.Questions.OfType<RowQuestion>().FirstOrDefault(q => q.Keys.Contains(cellKey));

    private static string RowInstruction(RowQuestion r)
    {
        var columns = r.Table.TypedColumns.ToList();
        if (r.Table.IsFee) return $"请输入{columns[0].Label}，例如 888.0113；也可按元输入，例如 8880113元。";
        if (columns.Count == 1) return $"请输入{columns[0].Label}（整数），例如 18。";
        var total = r.Table.ComputedColumn is null ? "" : $"；可再加第{columns.Count + 1}个数作为总计用于核对";
        return $"请按顺序输入{columns.Count}个整数，用空格分开：\n{string.Join(' ', columns.Select(c => c.Short))}\n" +
               $"例如：{string.Join(' ', Enumerable.Repeat("0", columns.Count))}；全为0可只输入 0{total}。";
    }
}
