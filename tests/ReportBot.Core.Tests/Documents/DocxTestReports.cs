using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBot.Core.Answers;
using ReportBot.Core.Documents;
using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Documents;

/// <summary>The seed report (焦作市人防办 2023) built through the real builder, and ways to read a .docx back.</summary>
internal static class DocxTestReports
{
    public static readonly InterviewContext Context = new(FormatFixture.Format);

    public static readonly ReportInfo Report = new(1, "焦作市人防办", 2023, ReportStatus.Open);

    public static readonly DateTimeOffset DraftTakenAt = new(2026, 11, 26, 18, 5, 0, TimeSpan.FromHours(8));

    private static readonly Dictionary<string, string> Narratives = new(StringComparer.Ordinal)
    {
        ["s1.intro"] = "2023年，市国动办深入贯彻国务院和省政府关于政府信息公开决策部署，认真落实《中华人民共和国政府信息公开条例》规定。",
        ["s1.active"] = "（一）主动公开方面。一是加大公开力度。坚持“常态化公开”，发布信息224条，在线办理政务服务事项3次。\n二是加强政策解读。定期优化“人防审批知识十问十答”。",
        ["s1.request"] = "（二）依申请公开方面。坚持公平、公正、合法、便民原则。全年未受理依申请公开申请。",
        ["s1.management"] = "（三）政府信息管理方面。严格落实“三审三校”把关制度，全年审核把关信息224次。",
        ["s1.platform"] = "（四）平台建设方面。持续加强政府网站建设。",
        ["s1.oversight"] = "（五）监督保障方面。公开监督电话，接受群众监督。",
        ["s5.problems"] = "2023年度，市国动办（市人防办）政务公开工作稳步推进，但还存在薄弱环节。",
        ["s6.other"] = "无",
    };

    /// <summary>Every answer the seed gives: narratives, every typed cell 0 but 行政许可 18 and the fee 888.0113.</summary>
    public static AnswerSet SeedAnswers()
    {
        var answers = new AnswerSet(Narratives);
        foreach (var table in FormatFixture.Format.Tables)
            foreach (var row in table.TypedRows)
                foreach (var column in table.TypedColumns)
                    answers.Set(table.CellKey(row.Id, column.Id), "0");
        answers.Set("t2.5.permit.decisions", "18");
        answers.Set("t2.8.fees.amount", "888.0113");
        return answers;
    }

    /// <summary>Half a report: section 一 and table 二 answered, the rest open.</summary>
    public static AnswerSet HalfFilledAnswers() =>
        new(SeedAnswers().Values.Where(a => a.Key.StartsWith("s1.", StringComparison.Ordinal) || a.Key.StartsWith("t2.", StringComparison.Ordinal))
            .ToDictionary(StringComparer.Ordinal));

    public static byte[] Finished() => DocxWriter.Write(ReportDocumentBuilder.Build(Context, Report, SeedAnswers()));

    public static byte[] Draft(AnswerSet answers) => DocxWriter.Write(ReportDocumentBuilder.Build(Context, Report, answers, DraftTakenAt));

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    /// <summary>The Word table whose text contains <paramref name="text"/>.</summary>
    public static Table TableWith(WordprocessingDocument document, string text) =>
        Assert.Single(Body(document).Elements<Table>(), t => t.InnerText.Contains(text, StringComparison.Ordinal));

    public static int Span(TableCell cell) => cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;

    /// <summary>"restart", "continue", or null for a cell not merged vertically.</summary>
    public static string? VerticalMerge(TableCell cell) => cell.TableCellProperties?.VerticalMerge switch
    {
        null => null,
        { Val: { } val } when val.Value == MergedCellValues.Restart => "restart",
        _ => "continue",
    };

    /// <summary>Every paragraph and cell text of the document, headers and footers included.</summary>
    public static string AllText(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        return string.Join('\n', [
            Body(document).InnerText,
            .. main.HeaderParts.Select(h => h.Header!.InnerText),
            .. main.FooterParts.Select(f => f.Footer!.InnerText)]);
    }

    /// <summary>Zero errors from the OpenXml validator, which are printed if there are any.</summary>
    public static void AssertValid(byte[] bytes)
    {
        using var document = Open(bytes);
        // The oldest Word the SDK knows and the newest: offices run both.
        var errors = new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 }
            .SelectMany(version => new OpenXmlValidator(version).Validate(document))
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    /// <summary>The paragraph's named style (Normal when it names none).</summary>
    public static Style StyleOf(MainDocumentPart main, Paragraph paragraph)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        return main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);
    }
}
