using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Core.Interviews;
using ReportBot.Documents;
using ReportBot.Storage;

namespace ReportBot.Channels;

/// <summary>What one outbox row asks Telegram to do; stored as JSON with its kind as the discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(OutgoingText), OutgoingText.Kind)]
[JsonDerivedType(typeof(OutgoingDocument), OutgoingDocument.Kind)]
[JsonDerivedType(typeof(ClosingKeyboards), ClosingKeyboards.Kind)]
[JsonDerivedType(typeof(AnsweringPress), AnsweringPress.Kind)]
[JsonDerivedType(typeof(EditingText), EditingText.Kind)]
public abstract record Outgoing
{
    private static readonly JsonSerializerOptions Json = StoredJson.With(new(JsonSerializerDefaults.Web));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static Outgoing FromJson(string json) => JsonSerializer.Deserialize<Outgoing>(json, Json) ?? throw new JsonException("empty outbox row");
}

/// <summary>
/// A message (HTML, already escaped and within 4096 characters); <see cref="Plain"/> is what its keyboard closes onto,
/// null for a message without buttons (nothing closes onto it, and the text is not stored twice).
/// </summary>
public sealed record OutgoingText(string Html, string? Plain, IReadOnlyList<IReadOnlyList<Button>> Buttons) : Outgoing
{
    public const string Kind = "text";
}

/// <summary>A document; its bytes are in the row's content column, or it is built from <see cref="Job"/> when sent.</summary>
public sealed record OutgoingDocument(string FileName, string CaptionHtml) : Outgoing
{
    public const string Kind = "document";

    /// <summary>The document as promised when the reply was committed: built by the sender, not by the chat's handling.</summary>
    public DocumentJob? Job { get; init; }

    /// <summary>For a further copy of a promised document: the job the first copy's row carries (stored once).</summary>
    public Guid? JobId { get; init; }
}

/// <summary>
/// The answered question shows the answer and loses its keyboard, as do older open keyboards of the chat (those
/// stored when they were sent, so this works after a restart too). Cosmetic: its failure never holds a reply.
/// </summary>
public sealed record ClosingKeyboards(string Note, int? PressedMessageId, string? PressedText) : Outgoing
{
    public const string Kind = "close";
}

/// <summary>Every press is answered, or the phone keeps showing a spinner.</summary>
public sealed record AnsweringPress(string CallbackQueryId) : Outgoing
{
    public const string Kind = "answer";
}

/// <summary>A page turned in place: the pressed message's text and keyboard replaced (the /status pages), not a new message.</summary>
public sealed record EditingText(int MessageId, string Html, string Plain, IReadOnlyList<IReadOnlyList<Button>> Buttons) : Outgoing
{
    public const string Kind = "edit";
}
