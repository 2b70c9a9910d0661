using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

/// <summary>内容雷同 (R15) in the interview: said with the narrative's save, and shown in the review.</summary>
public sealed class SimilarToLastYearTests
{
    private const string LastYearsText = "2022年，我办坚持公平、公正、合法、便民原则，认真贯彻落实《中华人民共和国政府信息公开条例》要求，进一步强化服务理念，更好满足申请人对政府信息的个性化合理需求，依法依规答复每一件申请。";

    private const string Warning = "R15 （二）依申请公开与上年报告内容雷同";

    /// <summary>A complete report but for 一（二）, with last year's report (its 一（二） known) beside it.</summary>
    private static InterviewDriver AtRequestQuestion(bool lastYear = true)
    {
        var answers = InterviewDriver.Complete();
        answers.Remove("s1.request");
        var chat = new InterviewDriver { LastYear = lastYear ? InterviewDriver.Complete(("s1.request", LastYearsText)) : null };
        return chat.OpenExisting(ReportStatus.Open, answers);
    }

    [Fact]
    public void ACopiedNarrativeWarnsAtItsSaveAndInTheReview()
    {
        var chat = AtRequestQuestion().Say(LastYearsText.Replace("2022", "2023", StringComparison.Ordinal));

        Assert.Contains(Warning, chat.LastText, StringComparison.Ordinal);
        Assert.Contains("说明R15", string.Join(" ", chat.Buttons), StringComparison.Ordinal);
        Assert.Contains(Warning, chat.Do(i => i.Review()).LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void ARewrittenNarrativeDoesNotWarn()
    {
        var chat = AtRequestQuestion().Say("2023年，我办把依申请公开纳入政务服务窗口统一受理，建立受理、审核、答复全程台账，对疑难申请组织法律顾问会商，答复质量和时效均有提升。");

        Assert.DoesNotContain("R15", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutLastYearACopyIsNotNoticed()
    {
        var chat = AtRequestQuestion(lastYear: false).Say(LastYearsText);

        Assert.DoesNotContain("R15", chat.LastText, StringComparison.Ordinal);
    }
}
