using System.Text;
using ReportBot.Core.Answers;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;
using ReportBot.Core.Rules.Checks;

namespace ReportBot.Core.Interviews;

/// <summary>
/// The review, sized for a phone: an overview of the sections, and one section at a time with its non-zero rows
/// named by column, zero rows collapsed, totals and each column's balance shown, and a button for every item and
/// every figure a finding involves. The figures are computed once per review.
/// </summary>
internal sealed class ReviewScreens(InterviewContext context, AnswerSet answers, InterviewScreens screens)
{
    private readonly ReportFigures figures = ReportFigures.From(context.Format, answers);

    public Reply Overview(ReportInfo report, IReadOnlyList<Finding> findings, string? lead)
    {
        var text = Title(report, lead);
        var open = findings.Where(f => Acknowledgements.Reason(answers, f) is null).ToList();
        foreach (var section in context.Format.Sections)
        {
            var questions = context.Plan.InSection(section.Id).ToList();
            var done = questions.Count(screens.IsAnswered);
            var problems = open.Count(f => InSection(f, section));
            text.AppendLine($"{section.Heading} {done}/{questions.Count}{(done == questions.Count ? " ✔" : "")}{(problems > 0 ? $" · 待处理{problems}项" : "")}");
        }
        AppendFindings(text, findings, open);
        var rows = InterviewScreens.Rows(context.Format.Sections.Select(s => InterviewButtons.Section($"修改{s.Heading[..1]}", s.Id)), 6).ToList();
        return Finish(report, text, rows, open);
    }

    public Reply Section(SectionDefinition section, ReportInfo report, IReadOnlyList<Finding> findings, string? lead)
    {
        var text = Title(report, lead, brief: true);
        var questions = context.Plan.InSection(section.Id).ToList();
        var done = questions.Count(screens.IsAnswered);
        text.AppendLine($"{section.Heading} {done}/{questions.Count}{(done == questions.Count ? " ✔" : "")}");
        foreach (var item in questions.OfType<NarrativeQuestion>())
            text.AppendLine($"{item.Item.Label}：{screens.SavedValue(item) ?? (item.Required ? "【待填写】" : "（未填）")}");
        foreach (var tableId in section.Tables ?? [])
            AppendTable(text, context.Format.Table(tableId));
        var mine = findings.Where(f => InSection(f, section)).ToList();
        var open = mine.Where(f => Acknowledgements.Reason(answers, f) is null).ToList();
        AppendFindings(text, mine, open, quietWhenNone: true);
        var rows = InterviewScreens.Rows(questions.Select(q => InterviewButtons.Jump(InterviewScreens.ShortLabel(q), q.Id)), 4).ToList();
        rows.Add([InterviewButtons.Overview]);
        return Finish(report, text, rows, open);
    }

    /// <summary>Non-zero rows with their non-zero columns named, computed rows, the rest counted; then each column's balance.</summary>
    private void AppendTable(StringBuilder text, TableDefinition table)
    {
        var zeros = 0;
        var missing = new List<string>();
        foreach (var row in table.Rows)
        {
            if (row.Computed is null && !table.TypedColumns.All(c => answers.Has(table.CellKey(row.Id, c.Id))))
            {
                missing.Add(row.Short);
                continue;
            }
            var summary = RowSummary(table, row);
            if (summary is null) zeros++;
            else text.AppendLine($"{table.ShortName(row)}：{summary}");
        }
        if (zeros > 0) text.AppendLine(zeros == table.Rows.Count ? "各行均为0" : $"其余{zeros}行均为0");
        if (missing.Count > 0) text.AppendLine($"待填写：{string.Join("、", missing.Take(4))}{(missing.Count > 4 ? $"等{missing.Count}行" : "")}");
        foreach (var rule in context.Format.Rules.Where(r => r.Check is BalanceCheck { Each: "column" } b && b.Table == table.Id))
            if (ColumnBalances(table, (BalanceCheck)rule.Check!) is { } balances)
                text.AppendLine($"{rule.Id} {ShortTitle(rule)}：{balances}");
    }

    /// <summary><c>自然人80 法律服务机构3（总计83）</c>, fees in 万元; null when the row is all zeros.</summary>
    private string? RowSummary(TableDefinition table, RowDefinition row)
    {
        var values = table.Columns.Select(c => (c, v: figures.Value(table, row.Id, c.Id))).ToList();
        if (values.All(x => x.v is null or 0)) return null;
        if (table.IsFee) return $"{values[0].v}万元";
        if (values.Count == 1) return $"{values[0].v}";
        var typed = values.Where(x => x.c.Computed is null && x.v is not (null or 0)).Select(x => $"{x.c.Short}{x.v}");
        var total = values.FirstOrDefault(x => x.c.Computed is not null);
        return string.Join(' ', typed) + (total.c is null ? "" : $"（{total.c.Short}{total.v}）");
    }

    /// <summary>Each column whose sides are not both zero, as <c>自然人82=82</c>; null while a side is unknown.</summary>
    private string? ColumnBalances(TableDefinition table, BalanceCheck check)
    {
        var parts = new List<string>();
        var ok = true;
        foreach (var column in table.Columns)
        {
            var left = ReportFigures.Sum(check.Left.Select(r => figures.Value(table, r, column.Id)));
            var right = ReportFigures.Sum(check.Right.Select(r => figures.Value(table, r, column.Id)));
            if (left is null || right is null) return null;
            ok &= left == right;
            if (left != 0 || right != 0) parts.Add($"{column.Short}{left}{(left == right ? "=" : "≠")}{right}");
        }
        return (parts.Count == 0 ? "各列均为0" : string.Join(' ', parts)) + (ok ? " ✔" : " ❌");
    }

    private static string ShortTitle(RuleDefinition rule) => rule.Title.Contains('：', StringComparison.Ordinal) ? rule.Title[(rule.Title.IndexOf('：', StringComparison.Ordinal) + 1)..] : rule.Title;

    private StringBuilder Title(ReportInfo report, string? lead, bool brief = false)
    {
        var text = new StringBuilder();
        if (lead is not null) text.AppendLine(lead);
        var title = brief ? $"{report.Agency}{report.Year}年" : context.Format.TitleFor(report.Agency, report.Year);
        return text.AppendLine($"📋 {title}{(report.Status == ReportStatus.Submitted ? "（已提交）" : "")}");
    }

    private void AppendFindings(StringBuilder text, IReadOnlyList<Finding> all, List<Finding> open, bool quietWhenNone = false)
    {
        if (InterviewScreens.FindingsText(open) is { } shown) text.AppendLine(shown);
        else if (!quietWhenNone) text.AppendLine("检查：未发现问题。");
        foreach (var f in all.Except(open)) text.AppendLine($"✅ 已说明 {f.Text}（{Acknowledgements.Reason(answers, f)}）");
    }

    private Reply Finish(ReportInfo report, StringBuilder text, List<IReadOnlyList<Button>> rows, List<Finding> open)
    {
        // A submitted report offers only the way to change it (which reopens it); nothing else would be accepted.
        if (report.Status != ReportStatus.Submitted)
        {
            rows.AddRange(InterviewScreens.Rows(screens.FixButtons(open, context.Format), 3));
            rows.Add([InterviewButtons.Continue, InterviewButtons.Submit]);
        }
        return new Reply(text.ToString().TrimEnd(), rows);
    }

    /// <summary>A finding belongs to the section of its table, or of its text, or of a table its figures come from.</summary>
    private static bool InSection(Finding f, SectionDefinition section)
    {
        var tables = section.Tables ?? [];
        return (f.Table is not null && tables.Contains(f.Table)) || f.Section == section.Id
            || (f.Section is null && f.Table is null && f.CellKeys.Any(k => tables.Any(t => TableDefinition.IsCellOf(k, t))));
    }
}
