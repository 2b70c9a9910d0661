using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

/// <summary>
/// Plays the host's part without any store: a new interview for every message from the saved conversation and
/// answers, the report the interview asks for opened in memory, then the conversation and changes kept.
/// </summary>
internal sealed class InterviewDriver
{
    public static readonly InterviewContext Context = new(FormatFixture.Format) { LastYear = 2026 };

    public ConversationState Conversation { get; private set; } = new();

    public Dictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string>? LastYear { get; set; }

    public ReportInfo? Report { get; private set; }

    public bool Coordinator { get; init; } = true;

    /// <summary>The 机关 names the store is taken to know.</summary>
    public IReadOnlyList<string> KnownAgencies { get; init; } = [];

    /// <summary>When the next message arrives (texts seconds apart are joined); null: no clock.</summary>
    public DateTimeOffset? Now { get; set; }

    public IReadOnlyList<Reply> Last { get; private set; } = [];

    public ReportStatus? LastStatusChange { get; private set; }

    public InterviewState State => Conversation.State;

    public string LastText => string.Join("\n\n", Last.Select(r => r.Text));

    public IEnumerable<string> Buttons => Last.SelectMany(r => r.AllButtons).Select(b => b.Label);

    public InterviewDriver Do(Func<Interview, InterviewOutcome> intent)
    {
        var answers = new AnswerSet(Answers);
        var interview = New(answers);
        var outcome = intent(interview);
        if (outcome.OpenReport is { } request)
        {
            // As the host does: the report named is created, then the same interview opens it.
            var created = new AnswerSet();
            interview.Open(new BoundReport(new ReportInfo(1, request.Agency, request.Year, ReportStatus.Open), created, null));
            Answers.Clear();
            Report = new ReportInfo(1, request.Agency, request.Year, ReportStatus.Open);
        }
        foreach (var change in answers.Changes)
        {
            if (change.NewValue is null) Answers.Remove(change.Key);
            else Answers[change.Key] = change.NewValue;
        }
        LastStatusChange = interview.StatusChange;
        if (Report is not null && LastStatusChange is { } status) Report = Report with { Status = status };
        Conversation = interview.Conversation;
        Last = outcome.Replies;
        return this;
    }

    public InterviewDriver Say(string text) => Do(i => i.Answer(text));

    public InterviewDriver Press(string label)
    {
        var button = Last.SelectMany(r => r.AllButtons).FirstOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException($"no button \"{label}\" in: {LastText}");
        return Do(i => i.Choose(button.Choice));
    }

    /// <summary>Binds an existing report, as /open or an invitation does.</summary>
    public InterviewDriver OpenExisting(ReportStatus status, Dictionary<string, string> answers)
    {
        var report = new ReportInfo(7, "测试局", 2023, status);
        var opened = new AnswerSet(answers);
        var interview = New(new AnswerSet(Answers));
        Last = interview.Open(new BoundReport(report, opened, LastYear is null ? null : new AnswerSet(LastYear))).Replies;
        if (interview.Conversation.ReportId == report.Id)
        {
            (Report, Conversation) = (report, interview.Conversation);
            Answers.Clear();
            foreach (var (key, value) in answers) Answers[key] = value;
        }
        else Conversation = interview.Conversation;
        return this;
    }

    /// <summary>A coordinator names 测试局 2023 and is at the first question of the new report.</summary>
    public static InterviewDriver AtFirstQuestion() => new InterviewDriver().Do(i => i.NewReport()).Say("测试局").Say("2023");

    /// <summary>Every answer of a complete report: texts, every cell 0 but 行政许可 18, and the fee.</summary>
    public static Dictionary<string, string> Complete(params (string Key, string Value)[] changes)
    {
        var answers = Context.Plan.Questions.OfType<NarrativeQuestion>().ToDictionary(q => q.Item.Id, q => $"{q.Item.Label}的内容。", StringComparer.Ordinal);
        foreach (var table in Context.Format.Tables)
            foreach (var row in table.TypedRows)
                foreach (var column in table.TypedColumns)
                    answers[table.CellKey(row.Id, column.Id)] = "0";
        answers["t2.5.permit.decisions"] = "18";
        answers["t2.8.fees.amount"] = "888.0113";
        answers["s6.other"] = "本年度未收取信息处理费。";
        answers["s5.problems"] = "上年度报告所提问题已整改。";
        foreach (var (key, value) in changes) answers[key] = value;
        return answers;
    }

    private Interview New(AnswerSet answers) =>
        new(Context, Conversation, answers, Report, LastYear is null ? null : new AnswerSet(LastYear)) { MayCreateReports = Coordinator, Now = Now, KnownAgencies = KnownAgencies };
}
