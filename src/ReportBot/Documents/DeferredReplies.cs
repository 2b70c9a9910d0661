using System.Collections;
using ReportBot.Core.Interviews;

namespace ReportBot.Documents;

/// <summary>
/// Replies whose documents are not built yet: each such reply carries an empty placeholder document (its file name
/// only) and the job that builds it. A durable outbox stores the job; <see cref="Build"/> makes the real files.
/// </summary>
public sealed class DeferredReplies(IReadOnlyList<Reply> replies, IReadOnlyDictionary<int, DocumentJob> jobs) : IReadOnlyList<Reply>
{
    public Reply this[int index] => replies[index];

    public int Count => replies.Count;

    /// <summary>The job behind reply <paramref name="index"/>'s document, if it has one to build.</summary>
    public DocumentJob? JobAt(int index) => jobs.GetValueOrDefault(index);

    /// <summary>The replies with their documents built, for a channel that shows them at once (the console chat).</summary>
    public IReadOnlyList<Reply> Build(ReportDocuments documents)
    {
        if (jobs.Count == 0) return replies;
        // One build per job: the submitter and each coordinator share the finished document's job.
        var built = jobs.Values.Distinct().ToDictionary(j => j, j => j.Build(documents));
        return replies.Select((r, i) => jobs.TryGetValue(i, out var job) ? r with { Document = built[job] } : r).ToList();
    }

    public IEnumerator<Reply> GetEnumerator() => replies.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
