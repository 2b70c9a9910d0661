using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBot.Core.Documents;
using static ReportBot.Core.Tests.Documents.DocxTestReports;

namespace ReportBot.Core.Tests.Documents;

public sealed class DocumentPageTests
{
    [Fact]
    public void TheHardCaseValidatesWithNoErrors() =>
        AssertValid(DocxWriter.Write(ReportDocumentBuilder.Build(Context, HardCase.Report, HardCase.Answers(), signedOn: HardCase.SignedOn)));

    [Fact]
    public void TheTitleIsSetOnTheLinesChosenByMeaning()
    {
        using var document = Open(DocxWriter.Write(ReportDocumentBuilder.Build(Context, HardCase.Report, HardCase.Answers())));
        var title = Body(document).Elements<Paragraph>().First();

        Assert.Equal(2, title.Descendants<Break>().Count());
        Assert.Equal(["中共平潭综合实验区工作委员会", "机构编制委员会办公室2024年", "政府信息公开工作年度报告"], title.Elements<Run>().Select(r => r.InnerText));
    }

    [Fact]
    public void TheSignatureNamesTheOrganAndTheDateRightAlignedAsGbT9704PlacesThem()
    {
        using var document = Open(DocxWriter.Write(ReportDocumentBuilder.Build(Context, Report, SeedAnswers(), signedOn: new DateOnly(2024, 1, 15))));
        var paragraphs = Body(document).Elements<Paragraph>().ToList();
        var name = paragraphs[^2];
        var date = paragraphs[^1];

        Assert.Equal(("", "焦作市人防办", "2024年1月15日"), (paragraphs[^3].InnerText, name.InnerText, date.InnerText));
        Assert.All(new[] { name, date }, p => Assert.Equal(JustificationValues.Right, p.ParagraphProperties!.Justification!.Val!.Value));
        // The date (6.5 characters) is longer than the name less two: it keeps two characters from the edge, and the
        // name starts two characters left of it.
        Assert.Equal(200, date.ParagraphProperties!.Indentation!.RightChars!.Value);
        Assert.Equal(((13 + 8 - 12) * 50), name.ParagraphProperties!.Indentation!.RightChars!.Value);
        Assert.NotNull(name.ParagraphProperties.KeepNext);
    }

    [Fact]
    public void TitleAuthorAndDatesAreInTheDocumentProperties()
    {
        using var document = Open(DocxWriter.Write(ReportDocumentBuilder.Build(Context, Report, SeedAnswers(), signedOn: new DateOnly(2024, 1, 15))));
        var properties = document.PackageProperties;

        Assert.Equal("焦作市人防办2023年政府信息公开工作年度报告", properties.Title);
        Assert.Equal("焦作市人防办", properties.Creator);
        Assert.Equal(new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc), properties.Created!.Value.ToUniversalTime());
    }

    [Fact]
    public void ADraftsTableCellsHoldOneShortMarkExplainedOnceUnderTheTables()
    {
        var model = ReportDocumentBuilder.Build(Context, Report, HalfFilledAnswers(), DraftTakenAt);
        using var document = Open(DocxWriter.Write(model));
        var tableText = string.Concat(Body(document).Elements<Table>().Select(t => t.InnerText));
        var paragraphs = Body(document).Elements<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.DoesNotContain(ReportDocument.Placeholder, tableText, StringComparison.Ordinal);
        Assert.Contains(ReportDocument.CellPlaceholder, tableText, StringComparison.Ordinal);
        // Tables 三 and 四 are open, table 二 is not: the note is under each open table once.
        Assert.Equal(2, paragraphs.Count(p => p == ReportDocument.CellPlaceholderNote));
        Assert.Contains(paragraphs, p => p == ReportDocument.Placeholder);
    }

    [Fact]
    public void EveryCharacterADraftPrintsIsInGb2312()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb2312 = Encoding.GetEncoding("gb2312", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var answers = HalfFilledAnswers();
        // A table 三 begun lists its open rows by their path (三、本年度办理结果→（一）予以公开).
        foreach (var column in FormatFixture.Format.Table("t3").TypedColumns) answers.Set($"t3.new.{column.Id}", "3");
        using var document = Open(DocxWriter.Write(ReportDocumentBuilder.Build(Context, Report, answers, DraftTakenAt)));

        var text = AllText(document);
        var missing = text.Where(c => !char.IsControl(c) && !CanEncode(gb2312, c)).Distinct().ToList();
        Assert.True(missing.Count == 0, $"not in GB2312: {string.Join(' ', missing.Select(c => $"{c} U+{(int)c:X4}"))}");
        Assert.Contains("→", text, StringComparison.Ordinal);
    }

    private static bool CanEncode(Encoding encoding, char c)
    {
        try
        {
            encoding.GetBytes([c]);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
