using ReportBot.Core.Interviews;

namespace ReportBot.Documents;

/// <summary>
/// A reply's document not built yet: its file name, no bytes, and the job that builds it. Whoever makes a reply
/// promises its document this way; the conversation service collects the jobs (<see cref="DeferredReplies"/>) and the
/// outbox's sender, or the console after the commit, builds them outside the message's handling.
/// </summary>
public sealed record PromisedDocument(DocumentJob Job) : ReplyDocument(Job.FileName, []);
