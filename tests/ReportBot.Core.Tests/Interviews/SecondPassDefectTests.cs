using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

/// <summary>The numbered defects of the chat's second pass (issue 13), one test each, written before the fix.</summary>
public sealed class SecondPassDefectTests
{
    [Fact]
    public void Defect1BackDuringAJumpFromTheReviewReturnsToTheReview()
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.Review()).Do(i => i.Jump("t2.5.permit"));

        chat.Do(i => i.Back());

        Assert.Equal(InterviewState.Reviewing, chat.State);
        Assert.Null(chat.Conversation.ResumeQuestionId);
    }

    [Fact]
    public void Defect2EveryOperandOfAnOpenR1HasAFixButtonInTheReview()
    {
        // 自然人: 一 is 1, but seven results are 1 each: R1 involves eight typed rows.
        var rows = new[] { "granted", "partial", "withheld1", "withheld2", "withheld3", "withheld4", "withheld5" };
        var answers = InterviewDriver.Complete([("t3.new.natural", "1"), .. rows.Select(r => ($"t3.{r}.natural", "1"))]);
        var chat = new InterviewDriver().OpenExisting(ReportStatus.Open, answers);

        var fixes = chat.Buttons.Where(b => b.StartsWith('改')).ToList();

        Assert.Contains("改一", fixes);
        Assert.Contains("改（三）5", fixes);
        Assert.True(fixes.Count >= 8, string.Join(" ", fixes));
    }

    [Fact]
    public void Defect3AThousandsCommaInARowKeepsTheNumberWhole()
    {
        Assert.False(RowParser.Parse("1,234 0 0 0 0", 6, allowTotal: true).Ok);
        Assert.Equal([1234L, 5, 0, 0, 0, 0], RowParser.Parse("1,234 5 0 0 0 0", 6, allowTotal: true).Value!.Values);
        Assert.Equal([1L, 2, 0, 0, 0, 0], RowParser.Parse("1,2,0,0,0,0", 6, allowTotal: true).Value!.Values);
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("8880113元", "8880113元")]
    [InlineData("95 0 0 0 0 0 ; DROP TABLE answers", "DROP")]
    public void Defect4ARowReplyNamesWhatIsNotANumber(string typed, string named)
    {
        var error = RowParser.Parse(typed, 6, allowTotal: true).Error!;

        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains("不是数字", error, StringComparison.Ordinal);
        Assert.DoesNotContain("个数字。", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect5ANegativeFeeIsRefusedInTheWordsOfAFee()
    {
        var error = NumberParser.ParseFee("-5").Error!;

        Assert.Contains("收费金额", error, StringComparison.Ordinal);
        Assert.DoesNotContain("数量", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect6AMessageTooLongAtANumberQuestionSaysNumbersAndAsksAgain()
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.Jump("t2.5.permit")).Do(i => i.AnswerTooLong(10_000));

        Assert.DoesNotContain("分成几条", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("只需要输入数字", chat.LastText, StringComparison.Ordinal);
        Assert.Contains("行政许可", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect8LengthsCountCharactersAsAPersonSeesThem()
    {
        var chat = InterviewDriver.AtFirstQuestion().Say("😀👍🏻");

        Assert.Equal(2, Interview.TextLength("😀👍🏻"));
        Assert.Contains("共2字", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect9NamingAnExistingReportSaysItExistsNotThatFillingStarts()
    {
        var open = new InterviewDriver().OpenExisting(ReportStatus.Open, InterviewDriver.Complete());
        Assert.Contains("已经存在", open.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("开始填写", open.LastText, StringComparison.Ordinal);

        var submitted = new InterviewDriver().OpenExisting(ReportStatus.Submitted, InterviewDriver.Complete());
        Assert.Contains("已经存在并已提交", submitted.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect10TheOverviewHintUsesTheReportsYear()
    {
        var chat = new InterviewDriver().Do(i => i.NewReport()).Say("测试局").Say("2024");

        Assert.Contains("2024年，我单位", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("2023年，我单位", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect11AnEmptyMessageGetsAReason()
    {
        var atText = InterviewDriver.AtFirstQuestion().Say("   ");
        Assert.StartsWith(InterviewTexts.EmptyMessage, atText.LastText, StringComparison.Ordinal);

        var atRow = InterviewDriver.AtFirstQuestion().Do(i => i.Jump("t2.5.permit")).Say(" ");
        Assert.StartsWith(InterviewTexts.EmptyMessage, atRow.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect12AReasonForR9IsDroppedOnceTheFigureIsCorrected()
    {
        var chat = new InterviewDriver { LastYear = new(StringComparer.Ordinal) { ["t2.1.rules.inForce"] = "5" } }
            .OpenExisting(ReportStatus.Open, InterviewDriver.Complete(("t2.1.rules.issued", "1"), ("t2.1.rules.inForce", "5")))
            .Press("说明R9规章").Say("本年修订1件规章。");
        Assert.Contains(chat.Answers.Keys, k => k.StartsWith(Acknowledgements.Prefix, StringComparison.Ordinal));

        chat.Do(i => i.Jump("t2.1.rules")).Say("1 0 6");

        Assert.DoesNotContain(chat.Answers.Keys, k => k.StartsWith(Acknowledgements.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void AReasonForR9IsKeptWhileAnotherTablesFiguresChange()
    {
        var chat = new InterviewDriver { LastYear = new(StringComparer.Ordinal) { ["t2.1.rules.inForce"] = "5" } }
            .OpenExisting(ReportStatus.Open, InterviewDriver.Complete(("t2.1.rules.issued", "1"), ("t2.1.rules.inForce", "5")))
            .Press("说明R9规章").Say("本年修订1件规章。");
        var reason = Assert.Single(chat.Answers.Keys, k => k.StartsWith(Acknowledgements.Prefix, StringComparison.Ordinal));

        chat.Do(i => i.Jump("t2.5.permit")).Say("3");

        Assert.Equal("3", chat.Answers["t2.5.permit.decisions"]);
        Assert.Equal("本年修订1件规章。", chat.Answers[reason]);
    }

    [Fact]
    public void Defect13ANameNearAKnownOneIsOfferedBeforeASecondAgencyIsMade()
    {
        Assert.True(AgencyNames.Near("洪泽区人民政府", "淮安市洪泽区人民政府"));
        Assert.False(AgencyNames.Near("泽区人民政府", "淮安市洪泽区人民政府"));
        Assert.False(AgencyNames.Near("人民政府", "淮安市洪泽区人民政府"));

        var chat = new InterviewDriver { KnownAgencies = ["淮安市洪泽区人民政府"] }.Do(i => i.NewReport()).Say("洪泽区人民政府");
        Assert.Equal(InterviewState.NamingAgency, chat.State);
        Assert.Contains("用“淮安市洪泽区人民政府”", chat.Buttons);

        chat.Press("用“淮安市洪泽区人民政府”").Say("2024");
        Assert.Equal("淮安市洪泽区人民政府", chat.Report!.Agency);
    }

    [Fact]
    public void SkippingSaysSo()
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.Skip());

        Assert.StartsWith("⏭ 已跳过：总体情况概述", chat.LastText, StringComparison.Ordinal);
    }
}

/// <summary>Last year beside the questions it matters for (issue 13, Build 5).</summary>
public sealed class LastYearBesideTests
{
    private static InterviewDriver WithLastYear() => new()
    {
        LastYear = InterviewDriver.Complete(("t3.carryover.natural", "2"), ("t3.carryover.business", "1"), ("t4.review.pending", "1"), ("s5.problems", "上年的问题是培训不足。")),
    };

    [Fact]
    public void TheCarriedRowOffersLastYearsCarryoverAsOneButton()
    {
        var chat = WithLastYear().Do(i => i.NewReport()).Say("测试局").Say("2024").Do(i => i.Jump("t3.carried"));
        Assert.Contains("上年“四、结转下年度继续办理”：2 1 0 0 0 0", chat.LastText, StringComparison.Ordinal);

        chat.Press("沿用上年结转");

        Assert.Equal(("2", "1", "0"), (chat.Answers["t3.carried.natural"], chat.Answers["t3.carried.business"], chat.Answers["t3.carried.other"]));
    }

    [Fact]
    public void TableFourShowsLastYearsPendingAndFiveShowsLastYearsText()
    {
        var chat = WithLastYear().Do(i => i.NewReport()).Say("测试局").Say("2024").Do(i => i.Jump("t4.review"));
        Assert.Contains("上年尚未审结：行政复议1", chat.LastText, StringComparison.Ordinal);

        chat.Do(i => i.Jump("s5.problems"));
        Assert.Contains("📅 上年：上年的问题是培训不足。", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void TableFourTypedAsPrintedFillsItsThreeRows()
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.Jump("t4.review")).Say("2 1 0 1 4 1 0 0 1 2 0 0 0 0 0");

        Assert.Equal(("1", "1", "0"), (chat.Answers["t4.review.pending"], chat.Answers["t4.direct.pending"], chat.Answers["t4.afterReview.pending"]));
    }

    [Theory]
    [InlineData("全为0")]
    [InlineData("其余全为0")]
    [InlineData("全部0")]
    [InlineData("全部为0")]
    [InlineData("本表其余全为0")]
    public void EveryWordingOfTheZeroButtonsIsAcceptedTyped(string typed)
    {
        var chat = InterviewDriver.AtFirstQuestion().Do(i => i.Jump("t3.new")).Say(typed);

        Assert.Equal("0", chat.Answers["t3.carryover.other"]);
    }

    [Fact]
    public void TheRestOfAGroupIsZeroAndTheNextGroupIsAsked()
    {
        var answers = InterviewDriver.Complete();
        var open = InterviewDriver.Context.Plan.InTable("t3").SkipWhile(q => q.Id != "t3.unable1").SelectMany(q => q.Keys).ToList();
        foreach (var key in open) answers.Remove(key);
        var chat = new InterviewDriver().OpenExisting(ReportStatus.Open, answers);
        Assert.Equal("t3.unable1", chat.Conversation.QuestionId);

        chat.Say("1 0 0 0 0 0").Say("本组其余全为0");

        Assert.Equal("0", chat.Answers["t3.unable3.natural"]);
        Assert.False(chat.Answers.ContainsKey("t3.unprocessed1.natural"));
        Assert.Contains("（五）不予处理 › 1.信访举报投诉类申请", chat.LastText, StringComparison.Ordinal);
    }
}

/// <summary>The sentence of 一（二） written from table 三 (issue 13, Build 6).</summary>
public sealed class TableSentenceTests
{
    [Fact]
    public void TheSentenceFromTableThreeIsInsertedWithAButtonAndAgreesWithTheTable()
    {
        var answers = InterviewDriver.Complete(
            ("t3.new.natural", "95"), ("t3.carried.natural", "3"), ("t3.granted.natural", "53"), ("t3.partial.natural", "9"),
            ("t3.unable1.natural", "20"), ("t3.unprocessed1.natural", "5"), ("t3.otherHandling1.natural", "3"), ("t3.carryover.natural", "8"));
        var chat = new InterviewDriver().OpenExisting(ReportStatus.Open, answers).Do(i => i.Jump("s1.request"));
        const string sentence = "全年共新收政府信息公开申请95件，上年结转3件；办结申请90件，其中予以公开53件，部分公开9件，无法提供20件，不予处理5件，其他处理3件；结转下年度继续办理8件。";
        Assert.Contains(sentence, chat.LastText, StringComparison.Ordinal);

        chat.Press("使用这句");

        Assert.EndsWith(sentence, chat.Answers["s1.request"], StringComparison.Ordinal);
        Assert.DoesNotContain("R11", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("R12", chat.LastText, StringComparison.Ordinal);
    }
}
