using ReportBot.Core.Interviews;

namespace ReportBot.Reviews;

/// <summary>
/// Names items of one format as people say them: <c>三 5</c> is the fifth question of section 三; an answer key is
/// its question and, in a table, its column (<c>三、表三 · 5/24 行政机关 · 商业企业</c>).
/// </summary>
public sealed class ItemNames(InterviewContext context)
{
    private readonly Dictionary<string, (Question Question, string? Column)> byKey = context.Plan.Questions
        .SelectMany(q => q is RowQuestion r
            // A row of one typed column is named by its row alone.
            ? r.Table.TypedColumns.Select(c => (Key: r.Table.CellKey(r.Row.Id, c.Id), Q: q, Column: r.Table.TypedColumns.Count() > 1 ? c.Short : null))
            : [(Key: q.Id, Q: q, Column: (string?)null)])
        .ToDictionary(x => x.Key, x => (x.Q, x.Column), StringComparer.Ordinal);

    public InterviewContext Context => context;

    /// <summary>The question an answer key belongs to, or null (a reason, a last-year figure).</summary>
    public Question? QuestionOf(string key) => byKey.TryGetValue(key, out var found) ? found.Question : null;

    public static string Label(Question q) => q switch
    {
        NarrativeQuestion n => n.Item.Label,
        RowQuestion r => r.Table.ShortName(r.Row),
        _ => q.Id,
    };

    /// <summary>A question where it stands and what it is: <c>三、表三 · 5/24 行政机关</c>.</summary>
    public static string Name(Question q) => $"{q.Position} {Label(q)}";

    /// <summary>An answer key as people read it, with its column for a table cell.</summary>
    public string KeyName(string key) => byKey.TryGetValue(key, out var found)
        ? found.Column is { } column ? $"{Name(found.Question)} · {column}" : Name(found.Question)
        : key;

    /// <summary>A section by its numeral (<c>三</c>) or its id (<c>s3</c>).</summary>
    public Core.Formats.SectionDefinition? Section(string word) =>
        context.Format.Sections.FirstOrDefault(s => s.Id == word || s.Short.StartsWith(word + "、", StringComparison.Ordinal));

    /// <summary>The <paramref name="number"/>-th question of a section, as its prompts count (<c>5/24</c>).</summary>
    public Question? Item(Core.Formats.SectionDefinition section, int number) =>
        context.Plan.InSection(section.Id).FirstOrDefault(q => q.Number == number);

    /// <summary>A comment's or an assignment's target (a question, a section or a table id) as people read it.</summary>
    public string TargetName(string target) =>
        context.Plan.Find(target) is { } q ? Name(q)
        : context.Format.Sections.FirstOrDefault(s => s.Id == target) is { } s ? s.Short
        : context.Format.Tables.FirstOrDefault(t => t.Id == target) is { } t ? t.Caption
        : target;

    /// <summary>The questions a target covers.</summary>
    public IEnumerable<Question> QuestionsOf(string target) =>
        context.Plan.Find(target) is { } q ? [q] : context.Plan.Questions.Where(x => x.Section.Id == target || (x is RowQuestion r && r.Table.Id == target));
}
