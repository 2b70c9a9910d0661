using System.Collections;
using ReportBot.Core.Interviews;

namespace ReportBot.Documents;

/// <summary>
/// Replies whose documents are not built yet: each such reply carries a <see cref="PromisedDocument"/> (its file name
/// and the job that builds it, no bytes). A durable outbox stores the job; <see cref="Build"/> makes the real files.
/// </summary>
public sealed class DeferredReplies(IReadOnlyList<Reply> replies) : IReadOnlyList<Reply>
{
    public Reply this[int index] => replies[index];

    public int Count => replies.Count;

    /// <summary>The replies with their documents built, for a channel that shows them at once (the console chat).</summary>
    public IReadOnlyList<Reply> Build(ReportDocuments documents)
    {
        var promised = replies.Select(r => r.Document).OfType<PromisedDocument>().ToList();
        if (promised.Count == 0) return replies;
        // One build per job: the submitter and each coordinator share the finished document's job.
        var built = promised.Select(p => p.Job).Distinct().ToDictionary(j => j, j => j.Build(documents));
        return replies.Select(r => r.Document is PromisedDocument p ? r with { Document = built[p.Job] } : r).ToList();
    }

    public IEnumerator<Reply> GetEnumerator() => replies.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
