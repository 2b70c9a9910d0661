namespace ReportBot.Core.Interviews;

/// <summary>The choices buttons send back; short ASCII so they fit Telegram's 64-byte callback data.</summary>
internal static class Choices
{
    public const string Save = "save";
    public const string Append = "append";
    public const string Rewrite = "rewrite";
    public const string Back = "back";
    public const string Skip = "skip";
    public const string Keep = "keep";
    public const string Zero = "zero";
    public const string ZeroGroup = "zero:group";
    public const string Undo = "undo";
    public const string Compose = "compose";
    public const string Review = "review";
    public const string Submit = "submit";
    public const string SubmitAnyway = "submit!";
    public const string Continue = "continue";
    public const string JumpPrefix = "jump:";
    public const string SectionPrefix = "sec:";
    public const string ExplainPrefix = "ack:";
    public const string AcceptPrefix = "accept:";
    public const string AgencyPrefix = "agency:";
    public const string TypedPrefix = "typed:";
}

internal static class InterviewButtons
{
    public static readonly Button Back = new("上一步", Choices.Back);
    public static readonly Button Skip = new("跳过", Choices.Skip);
    public static readonly Button Keep = new("保持原值", Choices.Keep);
    public static readonly Button Review = new("查看进度", Choices.Review);
    public static readonly Button Submit = new("提交报告", Choices.Submit);
    public static readonly Button SubmitAnyway = new("仍然提交", Choices.SubmitAnyway);
    public static readonly Button Continue = new("继续填写", Choices.Continue);
    public static readonly Button Save = new("保存", Choices.Save);
    public static readonly Button Append = new("追加", Choices.Append);
    public static readonly Button Rewrite = new("重写", Choices.Rewrite);
    public static readonly Button Undo = new("撤销", Choices.Undo);
    public static readonly Button UseTableSentence = new("使用这句", Choices.Compose);
    public static readonly Button WriteTableSentence = new("写入（二）依申请公开", Choices.Compose);
    public static readonly Button ZeroGroup = new("本组其余全为0", Choices.ZeroGroup);
    public static readonly Button Overview = Review;

    public static Button Zero(bool wholeTable) => new(wholeTable ? "本表其余全为0" : "本组其余全为0", Choices.Zero);

    public static Button Jump(string label, string questionId) => new(label, Choices.JumpPrefix + questionId);

    public static Button Section(string label, string sectionId) => new(label, Choices.SectionPrefix + sectionId);

    public static Button Explain(string label, string findingKey) => new(label, Choices.ExplainPrefix + findingKey);

    public static Button Agency(string label, int known) => new(label, Choices.AgencyPrefix + known.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Button AgencyAsTyped(string typed) => new($"仍用“{typed}”", Choices.AgencyPrefix + "typed");

    /// <summary>沿用上年结转: this row takes last year's figures, as if typed (the button carries them).</summary>
    public static Button SameAsLastYear(IEnumerable<decimal> row) =>
        new("沿用上年结转", Choices.TypedPrefix + string.Join(' ', row.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public static Button Accept(string label, string findingKey) => new(label, Choices.AcceptPrefix + findingKey);
}
