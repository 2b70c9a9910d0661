using System.Collections.Concurrent;

namespace ReportBot.Documents;

/// <summary>
/// The sender's recently built documents by job: a finished report goes to the submitter and to every coordinator
/// as one job, built once, so all of them get the same bytes (a .docx records when its parts were zipped).
/// </summary>
public sealed class BuiltDocuments(ReportDocuments documents)
{
    private const int Kept = 32;

    private readonly ConcurrentDictionary<Guid, Lazy<byte[]>> built = new();

    /// <summary>The bytes of a job already built (or being built), by its id alone; null if it is not kept.</summary>
    public byte[]? Built(Guid jobId) => built.TryGetValue(jobId, out var bytes) ? bytes.Value : null;

    public byte[] Get(DocumentJob job)
    {
        // A few submissions' worth is plenty: every copy of a job is sent within seconds of the others.
        if (built.Count > Kept) built.Clear();
        return built.GetOrAdd(job.Id, _ => new Lazy<byte[]>(() => job.Build(documents).Content)).Value;
    }
}
