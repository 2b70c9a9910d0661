namespace ReportBot.Core.Interviews;

/// <summary>The intents a person can express: the only way into the machine, which decides what each does now.</summary>
public sealed partial class Interview
{
    /// <summary>/start: resume exactly where the conversation stopped, or begin a report.</summary>
    public InterviewOutcome Start() => Fire(Trigger.Resume);

    public InterviewOutcome Answer(string text) => Fire(Parameterized.Answer, text);

    /// <summary>A message longer than a chat message can be: refused, with the reason that fits the question.</summary>
    public InterviewOutcome AnswerTooLong(int length) => Intent(() =>
    {
        Say(WantsText ? InterviewTexts.MessageTooLongForText(length) : InterviewTexts.MessageTooLongForNumbers(length));
        if (state.State is InterviewState.Answering && Current is not null) Ask();
    });

    public InterviewOutcome NewReport() => Fire(Trigger.NewReport);

    /// <summary>Binds the conversation to <paramref name="bound"/> (found, created, or reached by invitation) and asks its first open question.</summary>
    public InterviewOutcome Open(BoundReport bound) => Fire(Parameterized.Open, bound);

    public InterviewOutcome Back() => Fire(Trigger.Back);

    public InterviewOutcome Skip() => Fire(Trigger.Skip);

    /// <summary>保持原值: the saved answer stands; go on.</summary>
    public InterviewOutcome Keep() => Fire(Trigger.Keep);

    public InterviewOutcome Jump(string questionId) => Fire(Parameterized.Jump, questionId);

    public InterviewOutcome Continue() => Fire(Trigger.Continue);

    /// <summary>Looking at a submitted report does not reopen it; changing an answer does.</summary>
    public InterviewOutcome Review() => Fire(Trigger.Review);

    /// <summary>
    /// Submission is the gate: refused with everything still missing or wrong. Warnings not yet explained are shown
    /// once more, and submitting anyway takes a second press (<paramref name="despiteWarnings"/>).
    /// </summary>
    public InterviewOutcome Submit(bool despiteWarnings = false) => Fire(Parameterized.Submit, despiteWarnings);

    public InterviewOutcome Cancel() => Fire(Trigger.Cancel);

    /// <summary>Asks for the reason behind a finding (a warning, or an explainable error such as R8).</summary>
    public InterviewOutcome Explain(string findingKey) => Fire(Parameterized.Explain, findingKey);

    /// <summary>Adds the suggested sentence (R13) to its section's text, as a paragraph of its own.</summary>
    public InterviewOutcome Accept(string findingKey) => Fire(Parameterized.Accept, findingKey);

    /// <summary>/lastyear: type the few figures of last year the cross-year rules need.</summary>
    public InterviewOutcome TypeLastYear() => Fire(Trigger.TypeLastYear);

    /// <summary>A button press: the choice it carries, as the intent it stands for.</summary>
    public InterviewOutcome Choose(string choice)
    {
        if (choice.StartsWith(Choices.JumpPrefix, StringComparison.Ordinal)) return Jump(choice[Choices.JumpPrefix.Length..]);
        if (choice.StartsWith(Choices.SectionPrefix, StringComparison.Ordinal)) return Fire(Parameterized.PickSection, choice[Choices.SectionPrefix.Length..]);
        if (choice.StartsWith(Choices.ExplainPrefix, StringComparison.Ordinal)) return Explain(choice[Choices.ExplainPrefix.Length..]);
        if (choice.StartsWith(Choices.AcceptPrefix, StringComparison.Ordinal)) return Accept(choice[Choices.AcceptPrefix.Length..]);
        if (choice.StartsWith(Choices.TypedPrefix, StringComparison.Ordinal)) return Answer(choice[Choices.TypedPrefix.Length..]);
        if (choice.StartsWith(Choices.AgencyPrefix, StringComparison.Ordinal)) return Fire(Parameterized.PickAgency, choice[Choices.AgencyPrefix.Length..]);
        return choice switch
        {
            Choices.Save => Fire(Trigger.SaveDraft),
            Choices.Append => Fire(Trigger.AppendDraft),
            Choices.Rewrite => Fire(Trigger.RewriteDraft),
            Choices.Back => Back(),
            Choices.Skip => Skip(),
            Choices.Keep => Keep(),
            Choices.Zero => Fire(Trigger.Zero),
            Choices.ZeroGroup => Fire(Trigger.ZeroGroup),
            Choices.Undo => Fire(Trigger.Undo),
            Choices.Compose => Fire(Trigger.Compose),
            Choices.Review => Review(),
            Choices.Submit => Submit(),
            Choices.SubmitAnyway => Submit(despiteWarnings: true),
            Choices.Continue => Continue(),
            _ => Intent(() => Say(InterviewTexts.UnknownChoice)),
        };
    }
}
