using ReportBot.Core.Checking;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Tests.Checking;

/// <summary>
/// Every rule of the 2021 format (R1–R13, docs/report-format.md) shown on the seed report: a copy that breaks the rule
/// and nothing else, the exact finding the checker gives for it, and the corrected copy passing. The checker reads
/// totals as printed, so every crafted table below is balanced by hand except for the one thing a test breaks.
/// </summary>
public class RuleCatalogueTests
{
    private const string S1 = "一、总体情况";
    private const string S5 = "五、存在的主要问题及改进情况";
    private const string S6 = "六、其他需要报告的事项";
    private const string T3 = "收到和处理政府信息公开申请情况";

    private const string New = "一、本年新收政府信息公开申请数量";
    private const string Carried = "二、上年结转政府信息公开申请数量";
    private const string Granted = "（一）予以公开";
    private const string Partial = "（二）部分公开";
    private const string Total = "（七）总计";
    private const string CarryOver = "四、结转下年度继续办理";

    /// <summary>What the seed's （二）依申请公开 paragraph says about applications; tests put their own figures there.</summary>
    private const string RequestSentence = "全年未受理依申请公开申请。";

    private const string FeeStatement = "本年度未收取信息处理费。";
    private const string LastYearsProblems = "针对上年度报告中提出的问题，已逐项制定措施并整改落实。";

    private static readonly ReportFormat Format = FormatFixture.Format;

    private static readonly string Seed = SeedVariants.Seed;

    /// <summary>The seed with 五 and 六 completed (R13): a report without a single finding, the base of every crafted copy.</summary>
    private static readonly string Clean = Seed.WithParagraph(S5, LastYearsProblems).WithProse(S6, FeeStatement);

    /// <summary>
    /// The same 机关's report a year earlier: title 2022, every figure 0, and its own prose in 一 and 五 (a copy of this
    /// year's text would be 内容雷同, R15).
    /// </summary>
    private static readonly string LastYear = Clean.WithYear(2022)
        .WithProse(S1, "2022年，本办围绕人民防空中心工作，依托门户网站和政务新媒体做好主动公开，规范依申请公开办理流程，健全信息发布审核机制，网站平台运行平稳，监督考核按期完成。")
        .WithProse(S5, "本年度存在的问题是信息更新不够及时、解读形式较为单一。针对上年度报告中提出的问题，已建立栏目更新台账，逐项整改落实，明年将进一步丰富图解和视频解读。");

    [Fact]
    public void TheSeedBreaksNoRuleButLacksTheStatementsOfSectionsFiveAndSix()
    {
        var findings = Check(Seed);

        Assert.Collection(
            findings,
            f => AssertFinding(f, "R13", Severities.Warning, S6, "六、其他需要报告的事项未说明信息处理费收取情况。建议补充：“本年度未收取信息处理费，未发出收费通知。”"),
            f => AssertFinding(f, "R13", Severities.Warning, S5, "五、存在的主要问题及改进情况未说明上年度报告所提问题的整改情况。建议补充：“针对上年度报告中提出的问题，已逐项制定措施并整改落实。”"));
        Assert.DoesNotContain(findings, f => f.Severity == Severities.Error);
    }

    [Fact]
    public void TheSeedWithSectionsFiveAndSixCompletedHasNoFindingAtAllWithOrWithoutLastYear()
    {
        Assert.Empty(Check(Clean));
        Assert.Empty(Check(Clean, LastYear));
        Assert.Empty(Check(LastYear));
    }

    [Fact]
    public void AColumnWhoseApplicationsExceedItsOutcomesIsAnR1ErrorUntilTheCarryOverIsFilledIn()
    {
        // Three new applications from 自然人, two of them answered: one is missing from （七）总计 + 四. The 总计 column
        // adds up the same rows, so it breaks R1 too (unavoidable); every row's 总计 and every outcome sum is right.
        var broken = Clean
            .WithTable3Row(New, 3, 0, 0, 0, 0, 0, 3)
            .WithTable3Row(Granted, 2, 0, 0, 0, 0, 0, 2)
            .WithTable3Row(Total, 2, 0, 0, 0, 0, 0, 2);

        var findings = Check(broken);

        Assert.Collection(
            findings,
            f => AssertFinding(f, "R1", Severities.Error, "自然人", "自然人列：一(3)+二(0)=3 ≠ （七）总计(2)+四(0)=2，相差1"),
            f => AssertFinding(f, "R1", Severities.Error, "总计", "总计列：一(3)+二(0)=3 ≠ （七）总计(2)+四(0)=2，相差1"));
        Assert.Equal(["t3.new.natural", "t3.carried.natural", "t3.total.natural", "t3.carryover.natural"], findings[0].CellKeys);
        Assert.Equal("R1.t3.natural", findings[0].Key);

        Assert.Empty(Check(broken.WithTable3Row(CarryOver, 1, 0, 0, 0, 0, 0, 1)));
    }

    [Fact]
    public void ARowWhosePrintedTotalIsNotItsSixApplicantColumnsIsAnR2Error()
    {
        // Two applications from 自然人, both answered, but the （一）予以公开 row prints 总计 3. A row total that is
        // wrong always unbalances the 总计 column as well: here （七）总计(2) no longer equals the outcomes' 总计 (R3 on
        // the 总计 column, unavoidable). The 自然人 column and every other row are right.
        var broken = Clean
            .WithTable3Row(New, 2, 0, 0, 0, 0, 0, 2)
            .WithTable3Row(Granted, 2, 0, 0, 0, 0, 0, 3)
            .WithTable3Row(Total, 2, 0, 0, 0, 0, 0, 2);

        var findings = Check(broken);

        Assert.Collection(
            findings,
            f => AssertFinding(f, "R2", Severities.Error, "（一）", "“（一）”行：总计(3) ≠ 自然人(2)+商业企业(0)+科研机构(0)+社会公益组织(0)+法律服务机构(0)+其他(0)=2，相差1"),
            f => AssertFinding(f, "R3", Severities.Error, "总计", "总计列：（七）总计(2) ≠ （一）(3)=3，相差1"));
        Assert.Equal("R2.t3.granted", findings[0].Key);

        Assert.Empty(Check(broken.WithTable3Row(Granted, 2, 0, 0, 0, 0, 0, 2)));
    }

    [Fact]
    public void AnOutcomeTotalThatIsNotTheSumOfTheOutcomesIsAnR3ErrorPerColumn()
    {
        // Three applications from 自然人, （七）总计 3 (so R1 holds), but only two outcomes listed. The 总计 column's
        // outcomes add up the same way, so it breaks R3 too (unavoidable).
        var broken = Clean
            .WithTable3Row(New, 3, 0, 0, 0, 0, 0, 3)
            .WithTable3Row(Granted, 2, 0, 0, 0, 0, 0, 2)
            .WithTable3Row(Total, 3, 0, 0, 0, 0, 0, 3);

        var findings = Check(broken);

        Assert.Collection(
            findings,
            f => AssertFinding(f, "R3", Severities.Error, "自然人", "自然人列：（七）总计(3) ≠ （一）(2)=2，相差1"),
            f => AssertFinding(f, "R3", Severities.Error, "总计", "总计列：（七）总计(3) ≠ （一）(2)=2，相差1"));

        Assert.Empty(Check(broken.WithTable3Row(Granted, 3, 0, 0, 0, 0, 0, 3)));
    }

    [Fact]
    public void R4IsGuidanceOnThePartialDisclosureRowAndNeverAFinding()
    {
        var rule = Format.Rule("R4");

        Assert.NotNull(rule);
        Assert.Equal(Severities.Guidance, rule.Severity);
        Assert.Null(rule.Check);
        Assert.Equal("区分处理的申请只计入（二）部分公开，不再计入其他情形；每件申请只计入一种办理结果。", rule.Message);
        Assert.Equal("R4", Assert.Single(Format.Table("t3").Rows, r => r.Guidance is not null).Guidance);
        Assert.Equal("partial", Assert.Single(Format.Table("t3").Rows, r => r.Guidance is not null).Id);

        // One application handled by 区分处理 but counted under both （一） and （二）: what shows is the unbalanced
        // column (R1), never R4 itself.
        var countedTwice = Clean
            .WithTable3Row(New, 1, 0, 0, 0, 0, 0, 1)
            .WithTable3Row(Granted, 1, 0, 0, 0, 0, 0, 1)
            .WithTable3Row(Partial, 1, 0, 0, 0, 0, 0, 1)
            .WithTable3Row(Total, 2, 0, 0, 0, 0, 0, 2);
        var findings = Check(countedTwice);
        Assert.Equal(["R1", "R1"], findings.Select(f => f.RuleId));
        Assert.DoesNotContain(findings, f => f.RuleId == "R4");
        Assert.DoesNotContain(Check(Seed), f => f.RuleId == "R4");
    }

    [Fact]
    public void AReviewTotalPrintedAsZeroNextToItsCasesIsAnR5Error()
    {
        // The classic failure: 行政复议 10 维持 + 1 纠正, 总计 printed as 0. The 行政诉讼 blocks stay 0.
        var broken = Clean.WithReview(10, 1, 0, 0, 0);

        var finding = Assert.Single(Check(broken));

        AssertFinding(finding, "R5", Severities.Error, "行政复议", "行政复议：总计(0) ≠ 维持(10)+纠正(1)+其他结果(0)+尚未审结(0)=11，相差11");
        Assert.Equal("R5.t4.review", finding.Key);
        Assert.Equal(["t4.review.total", "t4.review.upheld", "t4.review.corrected", "t4.review.otherResult", "t4.review.pending"], finding.CellKeys);

        Assert.Empty(Check(Clean.WithReview(10, 1, 0, 0, 11)));
    }

    [Fact]
    public void ABlankCellAndASlashAreR6ErrorsNamingTheirRows()
    {
        // 行政处罚's only value left empty in table 二; “/” for 科研机构 in table 三's （五）2.重复申请 row. A missing value
        // is left out of every sum, so no balance rule fires on it.
        var broken = Clean
            .WithTable2Row("行政处罚", "")
            .WithRowCells("2.重复申请", "0", "0", "/");

        var report = PublishedReportReader.ReadText(Format, broken);
        var findings = Check(broken);

        Assert.Null(report.Cells["t2.6.penalty.decisions"]);
        Assert.Null(report.Cells["t3.unprocessed2.research"]);
        Assert.Equal(2, report.Cells.Values.Count(v => v is null));
        Assert.Collection(
            findings,
            f => AssertFinding(f, "R6", Severities.Error, "第二十条第（六）项 行政处罚", "第二十条第（六）项 行政处罚尚未填写（没有请填0）"),
            f => AssertFinding(f, "R6", Severities.Error, $"{T3} 2.重复申请", $"{T3} 2.重复申请尚未填写（没有请填0）"));
        Assert.Equal(["t2.6.penalty.decisions"], findings[0].CellKeys);
        Assert.Equal(["t3.unprocessed2.research"], findings[1].CellKeys);

        Assert.Equal(["R6.t3.unprocessed2"], Check(broken.WithTable2Row("行政处罚", "0")).Select(f => f.Key));
        Assert.Empty(Check(broken.WithTable2Row("行政处罚", "0").WithRowCells("2.重复申请", "0", "0", "0")));
    }

    [Fact]
    public void A2019ColumnLabelInTableTwoIsAnR7Error()
    {
        var broken = Clean.Replace("信息内容\t本年制发件数\t", "信息内容\t本年新制作数量\t", StringComparison.Ordinal);

        var finding = Assert.Single(Check(broken));

        AssertFinding(finding, "R7", Severities.Error, "第二十条第（一）项",
            "第二十条第（一）项：使用了2019年试行格式的标签“本年新制作数量”，2021年格式（国办公开办函〔2021〕30号）的栏目为：本年制发件数、本年废止件数、现行有效件数");
        Assert.Equal("R7.t2.1.obsolete1", finding.Key);
        Assert.Empty(Check(Clean));
    }

    [Fact]
    public void TheRowLabelGuifanxingWenjianIsAnR7ErrorAndItsNumbersAreStillRead()
    {
        var broken = Clean.Replace("行政规范性文件\t0\t0\t0", "规范性文件\t2\t0\t2", StringComparison.Ordinal);

        var report = PublishedReportReader.ReadText(Format, broken);
        var finding = Assert.Single(Check(broken));

        AssertFinding(finding, "R7", Severities.Error, "第二十条第（一）项 行政规范性文件",
            "第二十条第（一）项 行政规范性文件：行标签“规范性文件”应为“行政规范性文件”（2021年格式），本行数字已照读");
        Assert.Equal("R7.t2.1.normative", finding.Key);
        Assert.Equal(2, report.Cells["t2.1.normative.inForce"]);

        Assert.Empty(Check(Clean.WithTable2Row("行政规范性文件", "2", "0", "2")));
    }

    [Fact]
    public void TheUnsplitOtherHandlingRowIsAnR7ErrorAndItsThreeItemsAreUnfilled()
    {
        var lines = Clean.Split('\n').ToList();
        var first = lines.FindIndex(l => l.StartsWith("(六) 其他处理", StringComparison.Ordinal));
        lines.RemoveRange(first, 3);
        lines.Insert(first, "(六) 其他处理\t0\t0\t0\t0\t0\t0\t0");
        var broken = string.Join('\n', lines);

        var findings = Check(broken);

        // The reader cannot tell which of the three items the row's numbers belong to, so it says so (R7) and leaves
        // the items unfilled, which R6 then reports row by row — by design, as the R7 message announces.
        Assert.Collection(
            findings,
            f => AssertFinding(f, "R7", Severities.Error, $"{T3} （六）其他处理",
                $"{T3} （六）其他处理：“（六）其他处理”未按2021年格式拆分为3项（1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请；2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请；3.其他），该行数字无法归入各项，各项按未填写处理"),
            f => AssertFinding(f, "R6", Severities.Error, $"{T3} 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", $"{T3} 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请尚未填写（没有请填0）"),
            f => AssertFinding(f, "R6", Severities.Error, $"{T3} 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", $"{T3} 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请尚未填写（没有请填0）"),
            f => AssertFinding(f, "R6", Severities.Error, $"{T3} 3.其他", $"{T3} 3.其他尚未填写（没有请填0）"));
        Assert.Equal("R7.t3.otherHandling", findings[0].Key);
        Assert.Empty(Check(Clean));
    }

    [Fact]
    public void AMisspeltRowLabelIsAnR7ErrorNamingTheExpectedAndThePrintedLabel()
    {
        var broken = Clean.Replace("4.保护第三方合法权益", "4.保护第三方合法权利", StringComparison.Ordinal);

        var findings = Check(broken);

        // The misspelt row's figures are still read (issue 11): R7 only, no false R6 for its printed zeros.
        Assert.Collection(
            findings,
            f => AssertFinding(f, "R7", Severities.Error, $"{T3} （三）不予公开4.保护第三方合法权益",
                $"{T3} （三）不予公开4.保护第三方合法权益：行标签“4.保护第三方合法权利”与格式规定的“4.保护第三方合法权益”不一致（可能写错），本行数字已照读；请改用格式规定的标签"));
        Assert.Equal("R7.t3.withheld4", findings[0].Key);
        Assert.Empty(Check(Clean));
    }

    [Fact]
    public void ACarryOverThatContradictsLastYearIsAnR8ErrorPerColumn()
    {
        // Last year: two applications from 自然人 received and carried over to this year; last year itself is clean.
        var lastYear = LastYear
            .WithTable3Row(New, 2, 0, 0, 0, 0, 0, 2)
            .WithTable3Row(CarryOver, 2, 0, 0, 0, 0, 0, 2);
        Assert.Empty(Check(lastYear));

        // This year prints 二、上年结转 0: the 总计 column carries the same two, so it breaks R8 too (unavoidable).
        var findings = Check(Clean, lastYear);

        Assert.Collection(
            findings,
            f => AssertFinding(f, "R8", Severities.Error, "自然人", "自然人列：本年“二、上年结转”(0) ≠ 上年“四、结转下年度继续办理”(2)，相差2"),
            f => AssertFinding(f, "R8", Severities.Error, "总计", "总计列：本年“二、上年结转”(0) ≠ 上年“四、结转下年度继续办理”(2)，相差2"));
        Assert.Equal(["t3.carried.natural"], findings[0].CellKeys);
        Assert.Equal("R8.t3.natural", findings[0].Key);

        // Corrected: the two carried over are handled this year (予以公开), so this year balances too.
        var corrected = Clean
            .WithTable3Row(Carried, 2, 0, 0, 0, 0, 0, 2)
            .WithTable3Row(Granted, 2, 0, 0, 0, 0, 0, 2)
            .WithTable3Row(Total, 2, 0, 0, 0, 0, 0, 2);
        Assert.Empty(Check(corrected, lastYear));
    }

    [Fact]
    public void AnInForceCountThatIgnoresLastYearIsAnR9Warning()
    {
        var lastYear = LastYear.WithTable2Row("规章", "0", "0", "5");
        Assert.Empty(Check(lastYear));

        // One 规章 issued, none repealed, yet still 5 in force.
        var broken = Clean.WithTable2Row("规章", "1", "0", "5");

        var finding = Assert.Single(Check(broken, lastYear));

        AssertFinding(finding, "R9", Severities.Warning, "规章", "规章：现行有效件数(5) ≠ 上年现行有效件数(5)+本年制发(1)−本年废止(0)=6，相差1");
        Assert.Equal("R9.t2.1.rules", finding.Key);
        Assert.Equal(["t2.1.rules.inForce", "t2.1.rules.issued", "t2.1.rules.repealed"], finding.CellKeys);

        Assert.Empty(Check(Clean.WithTable2Row("规章", "1", "0", "6"), lastYear));
    }

    [Fact]
    public void ReviewCasesPendingLastYearThatVanishThisYearAreAnR10Warning()
    {
        var lastYear = LastYear.WithReview(0, 0, 0, 2, 2);
        Assert.Empty(Check(lastYear));

        var finding = Assert.Single(Check(Clean, lastYear));

        AssertFinding(finding, "R10", Severities.Warning, "行政复议", "行政复议：上年尚未审结2件，本年该类案件总计仅0件，上年未结案件应在本年有结果或仍为尚未审结");
        Assert.Equal("R10.t4.review", finding.Key);

        // Corrected: both decided this year and upheld.
        Assert.Empty(Check(Clean.WithReview(2, 0, 0, 0, 2), lastYear));
    }

    [Fact]
    public void AnApplicationCountInTheProseThatTheTableDoesNotShowIsAnR11Warning()
    {
        var broken = Clean.Replace(RequestSentence, "全年共受理政府信息公开申请17件。", StringComparison.Ordinal);

        var finding = Assert.Single(Check(broken));

        AssertFinding(finding, "R11", Severities.Warning, S1, "“全年共受理政府信息公开申请17件”：新收政府信息公开申请17件，表格为0件");
        Assert.Equal("s1", finding.Section);
        Assert.Equal(["t3.new.total"], finding.CellKeys);

        // Corrected either way: the prose says what the table says, or the table shows the 17 (all answered).
        Assert.Empty(Check(Clean.Replace(RequestSentence, "全年未收到政府信息公开申请。", StringComparison.Ordinal)));
        Assert.Empty(Check(broken
            .WithTable3Row(New, 17, 0, 0, 0, 0, 0, 17)
            .WithTable3Row(Granted, 17, 0, 0, 0, 0, 0, 17)
            .WithTable3Row(Total, 17, 0, 0, 0, 0, 0, 17)));
    }

    [Fact]
    public void AnOutcomeBreakdownInTheProseThatContradictsTableThreeIsAnR12Warning()
    {
        // Three applications, all answered “本机关不掌握相关政府信息” (（四）无法提供); the prose says they were disclosed.
        var table = Clean
            .WithTable3Row(New, 3, 0, 0, 0, 0, 0, 3)
            .WithTable3Row("1.本机关不掌握相关政府信息", 3, 0, 0, 0, 0, 0, 3)
            .WithTable3Row(Total, 3, 0, 0, 0, 0, 0, 3);
        var broken = table.Replace(RequestSentence, "全年共受理政府信息公开申请3件，其中予以公开3件。", StringComparison.Ordinal);

        var finding = Assert.Single(Check(broken));

        AssertFinding(finding, "R12", Severities.Warning, S1, "“全年共受理政府信息公开申请3件，其中予以公开3件”：予以公开3件，表三为0件");
        Assert.Equal(["t3.granted.total"], finding.CellKeys);

        Assert.Empty(Check(table.Replace(RequestSentence, "全年共受理政府信息公开申请3件，其中无法提供3件。", StringComparison.Ordinal)));
    }

    [Fact]
    public void SectionsSixAndFiveWithoutTheirStatementsAreR13WarningsWithASuggestion()
    {
        var findings = Check(Seed);

        var fee = Assert.Single(findings, f => f.Section == "s6");
        AssertFinding(fee, "R13", Severities.Warning, S6, "六、其他需要报告的事项未说明信息处理费收取情况。建议补充：“本年度未收取信息处理费，未发出收费通知。”");
        Assert.Equal("本年度未收取信息处理费，未发出收费通知。", fee.Suggestion);
        Assert.Equal("R13.s6", fee.Key);
        var problems = Assert.Single(findings, f => f.Section == "s5");
        Assert.Equal("针对上年度报告中提出的问题，已逐项制定措施并整改落实。", problems.Suggestion);
        Assert.Equal("R13.s5", problems.Key);

        // 六 stating the fee passes that statement; 五 mentioning last year's problems (上年度…整改) passes the other.
        var feeStated = Seed.WithProse(S6, FeeStatement);
        Assert.Equal(["R13.s5"], Check(feeStated).Select(f => f.Key));
        Assert.Empty(Check(feeStated.WithParagraph(S5, "上年度报告指出的信息发布审核不够严格的问题，已完成整改。")));
    }

    [Fact]
    public void FullWidthDigitsInTheProseAreReadAsTheirNumbers()
    {
        // Official documents often set figures in full-width digits (１７件).
        var broken = Clean.Replace(RequestSentence, "全年共受理政府信息公开申请１７件。", StringComparison.Ordinal);

        var finding = Assert.Single(Check(broken));

        AssertFinding(finding, "R11", Severities.Warning, S1, "“全年共受理政府信息公开申请１７件”：新收政府信息公开申请17件，表格为0件");
        Assert.Empty(Check(broken
            .WithTable3Row(New, 17, 0, 0, 0, 0, 0, 17)
            .WithTable3Row(Granted, 17, 0, 0, 0, 0, 0, 17)
            .WithTable3Row(Total, 17, 0, 0, 0, 0, 0, 17)));
    }

    [Fact]
    public void AReviewApplicationQuotedInTheProseIsNotTakenForADisclosureApplication()
    {
        // One 行政复议 case, upheld, and the prose says so: table 三 is rightly 0 throughout.
        var text = Clean.WithReview(1, 0, 0, 0, 1).Replace(RequestSentence, "全年收到行政复议申请1件。", StringComparison.Ordinal);

        Assert.Empty(Check(text));

        // With the case missing from table 四 only the 行政复议 figure is wrong.
        var finding = Assert.Single(Check(text.WithReview(0, 0, 0, 0, 0)));
        AssertFinding(finding, "R11", Severities.Warning, S1, "“全年收到行政复议申请1件”：行政复议1件，表格为0件");
    }

    [Fact]
    public void WithheldApplicationsWrittenBuyuyiGongkaiAreNotTakenForDisclosedOnes()
    {
        // Three applications, all withheld as 国家秘密; the prose says “不予以公开”, a common spelling of 不予公开.
        var text = Clean
            .WithTable3Row(New, 3, 0, 0, 0, 0, 0, 3)
            .WithTable3Row("1.属于国家秘密", 3, 0, 0, 0, 0, 0, 3)
            .WithTable3Row(Total, 3, 0, 0, 0, 0, 0, 3)
            .Replace(RequestSentence, "全年共受理政府信息公开申请3件，均不予以公开3件。", StringComparison.Ordinal);

        Assert.Empty(Check(text));
    }

    private static IReadOnlyList<Finding> Check(string text, string? lastYear = null) =>
        new ReportChecker(Format).Check(PublishedReportReader.ReadText(Format, text), lastYear is null ? null : PublishedReportReader.ReadText(Format, lastYear));

    private static void AssertFinding(Finding finding, string ruleId, string severity, string where, string message)
    {
        Assert.Equal((ruleId, severity, where, message), (finding.RuleId, finding.Severity, finding.Where, finding.Message));
        Assert.Equal($"{ruleId} {message}", finding.Text);
    }
}
