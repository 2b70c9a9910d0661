using ReportBot.Core.Formats;

namespace ReportBot.Core.Interviews;

/// <summary>The questions of a format in order: narrative items, then one question per typed table row.</summary>
public sealed class InterviewPlan
{
    private readonly Dictionary<string, int> index;

    public InterviewPlan(ReportFormat format)
    {
        var questions = new List<Question>();
        foreach (var section in format.Sections)
        {
            var rows = (section.Tables ?? []).Select(format.Table).SelectMany(t => t.TypedRows.Select(r => (t, r))).ToList();
            var count = (section.Items?.Count ?? 0) + rows.Count;
            var n = 0;
            foreach (var item in section.Items ?? [])
                questions.Add(new NarrativeQuestion(item, section, ++n, count));
            foreach (var (table, row) in rows)
                questions.Add(new RowQuestion(table, row, section, ++n, count));
        }
        Questions = questions;
        index = questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<Question> Questions { get; }

    public Question? Find(string? id) => id is not null && index.TryGetValue(id, out var i) ? Questions[i] : null;

    public Question? After(Question q) => index[q.Id] + 1 < Questions.Count ? Questions[index[q.Id] + 1] : null;

    public Question? Before(Question q) => index[q.Id] > 0 ? Questions[index[q.Id] - 1] : null;

    public IEnumerable<Question> InSection(string sectionId) => Questions.Where(q => q.Section.Id == sectionId);

    public IEnumerable<RowQuestion> InTable(string tableId) => Questions.OfType<RowQuestion>().Where(q => q.Table.Id == tableId);
}
