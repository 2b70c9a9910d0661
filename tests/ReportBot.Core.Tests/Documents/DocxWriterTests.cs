using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBot.Core.Documents;
using ReportBot.Core.Formats;
using static ReportBot.Core.Tests.Documents.DocxTestReports;

namespace ReportBot.Core.Tests.Documents;

public class DocxWriterTests
{
    private static readonly ReportFormat Format = FormatFixture.Format;

    [Fact]
    public void FinishedDocumentPassesTheOpenXmlValidator() => AssertValid(Finished());

    [Fact]
    public void DraftOfAHalfFilledReportPassesTheOpenXmlValidator() => AssertValid(Draft(HalfFilledAnswers()));

    [Fact]
    public void TableThreeHasTheFormatsTwentyFiveRowsAndMerges()
    {
        var t3 = Format.Table("t3");
        using var document = Open(Finished());
        var table = TableWith(document, t3.Corner!);
        var rows = table.Elements<TableRow>().ToList();

        Assert.Equal(3 + 25, rows.Count);
        Assert.Equal(10, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var corner = rows[0].Elements<TableCell>().First();
        Assert.Equal(t3.Corner, corner.InnerText);
        Assert.Equal((3, "restart"), (Span(corner), VerticalMerge(corner)));
        var applicants = rows[0].Elements<TableCell>().ElementAt(1);
        Assert.Equal(("申请人情况", 7), (applicants.InnerText, Span(applicants)));
        Assert.Equal(["", "自然人", "法人或其他组织", "总计"], rows[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal([3, 1, 5, 1], rows[1].Elements<TableCell>().Select(Span));
        Assert.Equal(["continue", "restart", null, "restart"], rows[1].Elements<TableCell>().Select(VerticalMerge));
        Assert.Equal(["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""], rows[2].Elements<TableCell>().Select(c => c.InnerText));
        Assert.All(rows.Take(3), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<TableHeader>()));

        foreach (var (definition, row) in t3.Rows.Zip(rows.Skip(3)))
        {
            var cells = row.Elements<TableCell>().ToList();
            var labels = cells.SkipLast(7).ToList();
            Assert.Equal(3, labels.Sum(Span));
            Assert.Equal(definition.Label, labels[^1].InnerText);
            Assert.Equal(Enumerable.Repeat("0", 7), cells.TakeLast(7).Select(c => c.InnerText));
            var levels = new[] { definition.Part, definition.Group }.TakeWhile(l => l is not null).ToList();
            Assert.Equal(levels.Count + 1, labels.Count);
            for (var i = 0; i < levels.Count; i++)
            {
                var first = t3.Rows.First(r => r.Part == definition.Part && (i == 0 || r.Group == definition.Group)) == definition;
                Assert.Equal(first ? (levels[i], "restart") : ("", "continue"), (labels[i].InnerText, VerticalMerge(labels[i])));
            }
        }

        var secret = rows[3 + t3.Rows.ToList().FindIndex(r => r.Id == "withheld1")].Elements<TableCell>().ToList();
        Assert.Equal(("", "continue"), (secret[0].InnerText, VerticalMerge(secret[0])));
        Assert.Equal(("（三）不予公开", "restart"), (secret[1].InnerText, VerticalMerge(secret[1])));
        Assert.Equal("1.属于国家秘密", secret[2].InnerText);
        var granted = rows[3 + 2].Elements<TableCell>().ToList();
        Assert.Equal(("三、本年度办理结果", "restart"), (granted[0].InnerText, VerticalMerge(granted[0])));
        Assert.Equal(("（一）予以公开", 2), (granted[1].InnerText, Span(granted[1])));
        Assert.Equal(("一、本年新收政府信息公开申请数量", 3), (rows[3].Elements<TableCell>().First().InnerText, Span(rows[3].Elements<TableCell>().First())));
    }

    [Fact]
    public void TableTwoIsOneTableOfFourCaptionedGroupsWithSpannedValues()
    {
        using var document = Open(Finished());
        var table = TableWith(document, "第二十条第（一）项");
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();

        Assert.Equal(4, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.Equal(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"],
            rows.Where(r => r.Count == 1).Select(r => r[0].InnerText));
        Assert.All(rows.Where(r => r.Count == 1), r => Assert.Equal(4, Span(r[0])));
        Assert.Equal(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], rows[1].Select(c => c.InnerText));
        Assert.Equal(["0", "0", "0"], rows.Single(r => r[0].InnerText == "规章").Skip(1).Select(c => c.InnerText));
        var permit = rows.Single(r => r[0].InnerText == "行政许可");
        Assert.Equal(("18", 3), (permit[1].InnerText, Span(permit[1])));
        var fees = rows.Single(r => r[0].InnerText == "行政事业性收费");
        Assert.Equal(("888.0113", 3), (fees[1].InnerText, Span(fees[1])));
        Assert.Equal((4 * 2) + 2 + 1 + 2 + 1, rows.Count);
    }

    [Fact]
    public void TableFourIsOneRowOfFifteenUnderAThreeRowHeader()
    {
        using var document = Open(Finished());
        var table = TableWith(document, "行政复议");
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();

        Assert.Equal(4, rows.Count);
        Assert.Equal([("行政复议", 5), ("行政诉讼", 10)], rows[0].Select(c => (c.InnerText, Span(c))));
        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"], rows[1].Select(c => c.InnerText));
        Assert.Equal([1, 1, 1, 1, 1, 5, 5], rows[1].Select(Span));
        Assert.All(rows[1].Take(5), c => Assert.Equal("restart", VerticalMerge(c)));
        Assert.All(rows[2].Take(5), c => Assert.Equal("continue", VerticalMerge(c)));
        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], rows[2].Skip(5).Take(5).Select(c => c.InnerText));
        Assert.Equal(Enumerable.Repeat("0", 15), rows[3].Select(c => c.InnerText));
    }

    [Fact]
    public void TitleHeadingsFontsFooterAndPageFollowTheOfficialLayout()
    {
        using var document = Open(Finished());
        var main = document.MainDocumentPart!;
        var paragraphs = Body(document).Elements<Paragraph>().ToList();

        var title = paragraphs[0];
        Assert.Equal("焦作市人防办2023年政府信息公开工作年度报告", title.InnerText);
        var titleStyle = StyleOf(main, title);
        Assert.Equal(JustificationValues.Center, titleStyle.StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(("方正小标宋简体", "44"), (titleStyle.StyleRunProperties!.RunFonts!.EastAsia!.Value, titleStyle.StyleRunProperties.FontSize!.Val!.Value));
        Assert.Equal(Format.Sections.Select(s => s.Heading), paragraphs.Where(p => StyleOf(main, p).StyleId == "Heading1").Select(p => p.InnerText));
        Assert.Equal("黑体", StyleOf(main, paragraphs.First(p => p.InnerText == "一、总体情况")).StyleRunProperties!.RunFonts!.EastAsia!.Value);

        var body = StyleOf(main, paragraphs.First(p => p.InnerText.StartsWith("2023年", StringComparison.Ordinal)));
        Assert.Equal("仿宋_GB2312", body.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("Times New Roman", body.StyleRunProperties.RunFonts.Ascii!.Value);
        Assert.Equal(200, body.StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);
        Assert.Equal(("560", LineSpacingRuleValues.Exact), (body.StyleParagraphProperties.SpacingBetweenLines!.Line!.Value, body.StyleParagraphProperties.SpacingBetweenLines.LineRule!.Value));
        var language = main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single();
        Assert.Equal("zh-CN", language.EastAsia!.Value);
        var runIn = paragraphs.First(p => p.InnerText.StartsWith("（一）主动公开方面。", StringComparison.Ordinal)).Elements<Run>().First();
        Assert.Equal(("（一）主动公开方面。", "RunInHeading"), (runIn.InnerText, runIn.RunProperties!.RunStyle!.Val!.Value));

        var fangSong = main.FontTablePart!.Fonts!.Elements<Font>().Single(f => f.Name == "仿宋_GB2312");
        Assert.Equal(("仿宋", "86"), (fangSong.AltName!.Val!.Value, fangSong.FontCharSet!.Val!.Value));
        // Odd and even pages have their own footer, the number on the outer side (GB/T 9704 §7.5).
        Assert.Equal(2, main.FooterParts.Count());
        foreach (var footer in main.FooterParts.Select(f => f.Footer!))
        {
            Assert.Contains(footer.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
            Assert.StartsWith("— ", footer.InnerText, StringComparison.Ordinal);
        }
        var section = Body(document).GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
    }

    [Fact]
    public void DraftIsMarkedOnEveryPageAndEndsWithItsAppendix()
    {
        using var document = Open(Draft(HalfFilledAnswers()));
        var main = document.MainDocumentPart!;
        var section = Body(document).GetFirstChild<SectionProperties>()!;
        // Odd and even pages have their own headers since their footers differ: both carry the mark.
        var references = section.Elements<HeaderReference>().ToList();
        Assert.Equal([HeaderFooterValues.Even, HeaderFooterValues.Default], references.Select(r => r.Type!.Value));
        foreach (var header in references.Select(r => ((HeaderPart)main.GetPartById(r.Id!)).Header!))
        {
            Assert.Contains("草稿", header.InnerText, StringComparison.Ordinal);
            Assert.Contains("2026-11-26 18:05", header.InnerText, StringComparison.Ordinal);
            Assert.Equal("FF0000", header.Descendants<Color>().Single().Val!.Value);
        }
        var texts = Body(document).Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var placeholders = Body(document).Descendants<Run>().Where(r => r.InnerText == ReportDocument.Placeholder).ToList();
        Assert.NotEmpty(placeholders);
        Assert.All(placeholders, r => Assert.Equal("FF0000", r.RunProperties?.Color?.Val?.Value));
        var appendix = texts.IndexOf(DraftMark.AppendixTitle);
        Assert.True(appendix > texts.IndexOf("六、其他需要报告的事项"));
        Assert.Contains("三、收到和处理政府信息公开申请情况", texts.Skip(appendix));
        Assert.Contains(texts.Skip(appendix), t => t.StartsWith("未填写：", StringComparison.Ordinal));
    }

    [Fact]
    public void DraftWithNothingOpenSaysSoInItsAppendix()
    {
        // R13 wants 五 to address last year's problems and 六 to state the fee result; this report does both.
        var answers = SeedAnswers();
        answers.Set("s5.problems", "上年度报告所提问题已全部整改。");
        answers.Set("s6.other", "本年度未收取信息处理费。");
        using var document = Open(Draft(answers));
        var texts = Body(document).Elements<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Equal(DraftMark.NothingOpen, texts[texts.IndexOf(DraftMark.AppendixTitle) + 1]);
        Assert.DoesNotContain(ReportDocument.Placeholder, Body(document).InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void FinishedDocumentHasNoDraftMarkPlaceholderOrAppendix()
    {
        using var document = Open(Finished());
        var text = AllText(document);

        Assert.Empty(document.MainDocumentPart!.HeaderParts);
        Assert.DoesNotContain("草稿", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportDocument.Placeholder, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftMark.AppendixTitle, text, StringComparison.Ordinal);
    }

    [Fact]
    public void WritingToAStreamGivesAnEqualDocument()
    {
        using var stream = new MemoryStream();
        DocxWriter.Write(ReportDocumentBuilder.Build(Context, Report, SeedAnswers()), stream);

        using var written = Open(stream.ToArray());
        using var returned = Open(Finished());
        Assert.Equal(Body(returned).OuterXml, Body(written).OuterXml);
    }

    [Fact]
    public void ControlCharactersPastedFromWordDoNotBreakTheDocument()
    {
        var answers = SeedAnswers();
        answers.Set("s6.other", "无\u000B另起一行\u0007\t完");

        var bytes = DocxWriter.Write(ReportDocumentBuilder.Build(Context, Report, answers));

        AssertValid(bytes);
        using var document = Open(bytes);
        Assert.Contains(Body(document).Elements<Paragraph>(), p => p.InnerText == "无 另起一行  完");
    }

    /// <summary>Leaves the seed report and a draft where a person can open them in Word or WPS.</summary>
    [Fact]
    public void SeedAndDraftDocumentsAreWrittenForPeopleToOpen()
    {
        var seed = Path.Combine(Path.GetTempPath(), "reportbot-seed.docx");
        var draft = Path.Combine(Path.GetTempPath(), "reportbot-draft.docx");
        File.WriteAllBytes(seed, Finished());
        File.WriteAllBytes(draft, Draft(HalfFilledAnswers()));

        using var opened = Open(File.ReadAllBytes(draft));
        Assert.NotEmpty(opened.MainDocumentPart!.HeaderParts);
        Assert.True(new FileInfo(seed).Length > 0);
    }
}
