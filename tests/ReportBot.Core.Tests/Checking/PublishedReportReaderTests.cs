using System.Net;
using System.Text;
using ReportBot.Core.Checking;
using ReportBot.Core.Documents;
using ReportBot.Core.Formats;
using ReportBot.Core.Rules;
using ReportBot.Core.Tests.Documents;

namespace ReportBot.Core.Tests.Checking;

public class PublishedReportReaderTests
{
    private const string CarriedRow = "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t";
    private const string Table4Values = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";

    private static readonly ReportFormat Format = FormatFixture.Format;

    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jiaozuo-2023.txt"));

    [Fact]
    public void TheSeedReportReadsEveryCellWithoutALayoutFinding()
    {
        var report = PublishedReportReader.ReadText(Format, Seed);

        Assert.Equal("焦作市人防办", report.Agency);
        Assert.Equal(2023, report.Year);
        Assert.Equal(18, report.Cells["t2.5.permit.decisions"]);
        Assert.Equal(888.0113m, report.Cells["t2.8.fees.amount"]);
        Assert.All(Keys("t2.1", "t2.6"), key => Assert.Equal(0, report.Cells[key]));
        Assert.Equal(25 * 7, Keys("t3").Count());
        Assert.All(Keys("t3"), key => Assert.Equal(0, report.Cells[key]));
        Assert.Equal(15, Keys("t4").Count());
        Assert.All(Keys("t4"), key => Assert.Equal(0, report.Cells[key]));
        Assert.Contains("发布信息 224 条", report.Texts["s1"], StringComparison.Ordinal);
        Assert.StartsWith("2023 年，市国动办", report.Texts["s1"], StringComparison.Ordinal);
        Assert.StartsWith("2023年度，市国动办", report.Texts["s5"], StringComparison.Ordinal);
        Assert.Equal("无", report.Texts["s6"]);
        Assert.Empty(report.LayoutFindings);
        Assert.DoesNotContain(new ReportChecker(Format).Check(report), f => f.Severity == Severities.Error);
    }

    [Fact]
    public void ADocxReportBotWroteReadsBackEveryCellTotalsIncluded()
    {
        var answers = DocxTestReports.SeedAnswers();
        answers.Set("t3.new.natural", "3");
        answers.Set("t3.granted.natural", "3");
        answers.Set("t4.review.upheld", "2");
        var docx = DocxWriter.Write(ReportDocumentBuilder.Build(DocxTestReports.Context, DocxTestReports.Report, answers));

        var report = PublishedReportReader.ReadDocx(Format, new MemoryStream(docx));

        var expected = ReportFigures.From(Format, answers);
        Assert.All(Keys(), key => Assert.Equal(expected[key], report.Cells[key]));
        Assert.Equal(3, report.Cells["t3.total.total"]);
        Assert.Equal(3, report.Cells["t3.new.total"]);
        Assert.Equal(2, report.Cells["t4.review.total"]);
        Assert.Equal(888.0113m, report.Cells["t2.8.fees.amount"]);
        Assert.Equal(("焦作市人防办", 2023), (report.Agency, report.Year));
        Assert.Equal("无", report.Texts["s6"]);
        Assert.Contains("发布信息224条", report.Texts["s1"], StringComparison.Ordinal);
        Assert.Empty(report.LayoutFindings);
        Assert.DoesNotContain(new ReportChecker(Format).Check(report), f => f.Severity == Severities.Error);
    }

    [Fact]
    public void ADocxWithoutMergedCellsRepeatingItsLabelsAndPaddedColumnsReadsEveryValue()
    {
        var t3 = Format.Table("t3");
        var t4 = Format.Table("t4");
        var docx = HandMadeDocx.Create(
            "焦作市人防办2023年政府信息公开工作年度报告",
            "一、总体情况",
            "（一）主动公开方面。发布信息 224 条。",
            "二、主动公开政府信息情况",
            new[] { Row("第二十条第（一）项", "", "", ""), Row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), Row("规章", "1", "2", "3"), Row("行政规范性文件", "4", "5", "6") },
            new[] { Row("信息内容", "本年处理决定数量"), Row("行政许可", "18"), Row("行政处罚", "7"), Row("行政强制", "8") },
            new[] { Row("行政事业性收费", "0.5") },
            "三、收到和处理政府信息公开申请情况",
            Table3(t3),
            "四、政府信息公开行政复议、行政诉讼情况",
            new[]
            {
                Row(["", .. Enumerable.Repeat("行政复议", 5), .. Enumerable.Repeat("行政诉讼", 10)]),
                Row(["", .. t4.Columns.Select(c => c.Label), .. Enumerable.Repeat("未经复议直接起诉", 5), .. Enumerable.Repeat("复议后起诉", 5)]),
                Row(["", .. Enumerable.Range(1, 15).Select(Text)]),
            },
            "五、存在的主要问题及改进情况",
            "队伍能力有待提升。",
            "六、其他需要报告的事项",
            "本年度未收取信息处理费。");

        var report = PublishedReportReader.Read(Format, "报告.docx", docx);

        Assert.Equal([1, 2, 3, 4, 5, 6, 18, 7, 8, 0.5m], Keys("t2.1", "t2.5", "t2.6", "t2.8").Select(k => report.Cells[k]!.Value));
        for (var r = 0; r < t3.Rows.Count; r++)
            for (var c = 0; c < t3.Columns.Count; c++)
                Assert.Equal(Table3Value(r, c), report.Cells[t3.CellKey(t3.Rows[r].Id, t3.Columns[c].Id)]);
        Assert.Equal(Enumerable.Range(1, 15).Select(v => (decimal?)v), Keys("t4").Select(k => report.Cells[k]));
        Assert.Equal(6, report.Cells["t4.direct.upheld"]);
        Assert.Equal(15, report.Cells["t4.afterReview.total"]);
        Assert.Equal("本年度未收取信息处理费。", report.Texts["s6"]);
        Assert.Empty(report.LayoutFindings);
    }

    [Fact]
    public void BlankCellsAreNullTheRestIsReadAndTheCheckerNamesTheirRows()
    {
        var text = Seed.Replace(CarriedRow, "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t\t0\t0\t", StringComparison.Ordinal)
            .Replace(Table4Values, "0\t0\t0\t0\t0\t0\t/\t0\t0\t0\t0\t0\t0\t0\t0", StringComparison.Ordinal);

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.Null(report.Cells["t3.carried.legal"]);
        Assert.Equal(0, report.Cells["t3.carried.welfare"]);
        Assert.Equal(0, report.Cells["t3.carried.other"]);
        Assert.Equal(0, report.Cells["t3.carried.total"]);
        Assert.Null(report.Cells["t4.direct.corrected"]);
        Assert.Equal(0, report.Cells["t4.direct.upheld"]);
        Assert.Equal(0, report.Cells["t4.direct.otherResult"]);
        Assert.Equal(2, report.Cells.Values.Count(v => v is null));
        Assert.Empty(report.LayoutFindings);
        var findings = new ReportChecker(Format).Check(report);
        var carried = Assert.Single(findings, f => f.RuleId == "R6" && f.Table == "t3");
        Assert.Contains("二、上年结转政府信息公开申请数量", carried.Where, StringComparison.Ordinal);
        Assert.Equal(["t3.carried.legal"], carried.CellKeys);
        var direct = Assert.Single(findings, f => f.RuleId == "R6" && f.Table == "t4");
        Assert.Equal(["t4.direct.corrected"], direct.CellKeys);
    }

    [Fact]
    public void The2019LabelsAreReportedAndTheirRowsStillRead()
    {
        var text = Seed.Replace("信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", StringComparison.Ordinal)
            .Replace("行政规范性文件\t0\t0\t0", "规范性文件\t2\t0\t5", StringComparison.Ordinal);

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.All(report.LayoutFindings, f => Assert.Equal(("R7", Severities.Error, "t2.1"), (f.RuleId, f.Severity, f.Table)));
        var obsolete = Assert.Single(report.LayoutFindings, f => f.Key == "R7.t2.1.obsolete1");
        Assert.Contains("本年新制作数量", obsolete.Message, StringComparison.Ordinal);
        Assert.Contains("本年制发件数", obsolete.Message, StringComparison.Ordinal);
        Assert.Equal(3, report.LayoutFindings.Count(f => f.Key!.Contains("obsolete", StringComparison.Ordinal)));
        var renamed = Assert.Single(report.LayoutFindings, f => f.Key == "R7.t2.1.normative");
        Assert.Contains("“规范性文件”应为“行政规范性文件”", renamed.Message, StringComparison.Ordinal);
        Assert.Equal([2, 0, 5], Keys("t2.1").Skip(3).Select(k => report.Cells[k]!.Value));
        Assert.Equal(0, report.Cells["t2.1.rules.issued"]);
        Assert.Contains(new ReportChecker(Format).Check(report), f => f.Key == "R7.t2.1.normative");
    }

    [Fact]
    public void AnUnsplitOtherHandlingRowIsReportedAndItsItemsLeftNull()
    {
        var lines = Seed.Split('\n').ToList();
        var first = lines.FindIndex(l => l.StartsWith("(六) 其他处理", StringComparison.Ordinal));
        lines.RemoveRange(first, 3);
        lines.Insert(first, "(六) 其他处理\t0\t0\t0\t0\t0\t0\t0");

        var report = PublishedReportReader.ReadText(Format, string.Join('\n', lines));

        var finding = Assert.Single(report.LayoutFindings);
        Assert.Equal(("R7", "R7.t3.otherHandling", "t3"), (finding.RuleId, finding.Key, finding.Table));
        Assert.Contains("（六）其他处理", finding.Message, StringComparison.Ordinal);
        Assert.Contains("3.其他", finding.Message, StringComparison.Ordinal);
        Assert.All(Keys("t3").Where(k => k.StartsWith("t3.otherHandling", StringComparison.Ordinal)), k => Assert.Null(report.Cells[k]));
        Assert.Equal(0, report.Cells["t3.total.total"]);
        Assert.Equal(0, report.Cells["t3.unprocessed5.natural"]);
    }

    [Fact]
    public void AMisspeltRowLabelIsReportedByItsExpectedLabelAndTheRowStillRead()
    {
        var text = Seed.Replace("4.保护第三方合法权益", "4.保护第三方合法权利", StringComparison.Ordinal);

        var report = PublishedReportReader.ReadText(Format, text);

        var finding = Assert.Single(report.LayoutFindings);
        Assert.Equal(("R7", "R7.t3.withheld4"), (finding.RuleId, finding.Key));
        Assert.Contains("“4.保护第三方合法权益”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("“4.保护第三方合法权利”", finding.Message, StringComparison.Ordinal);
        // Issue 11: the printed figures of a misspelt row are read (its zeros are not blanks).
        Assert.All(Format.Table("t3").Columns, c => Assert.Equal(0, report.Cells[$"t3.withheld4.{c.Id}"]));
        Assert.Equal(0, report.Cells["t3.withheld5.total"]);
    }

    [Fact]
    public void EveryValueOfTablesThreeAndFourLandsInItsOwnCell()
    {
        var report = PublishedReportReader.ReadText(Format, NumberedSeed());

        Assert.Equal(Enumerable.Range(1, (25 * 7) + 15).Select(v => (decimal?)v), Keys("t3", "t4").Select(k => report.Cells[k]));
        Assert.Empty(report.LayoutFindings);
    }

    [Fact]
    public void TextCopiedFromAPdfWithSpacesBetweenCellsReadsTheSame()
    {
        var text = NumberedSeed().Replace('\t', ' ').Replace("\n", "\r\n", StringComparison.Ordinal);

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.Equal(PublishedReportReader.ReadText(Format, NumberedSeed()).Cells, report.Cells);
        Assert.Empty(report.LayoutFindings);
    }

    [Fact]
    public void TablesCopiedWithEveryCellOnALineOfItsOwnReadTheSame()
    {
        var text = string.Join('\n', NumberedSeed().Split('\n').SelectMany(line => line.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).DefaultIfEmpty("")));

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.Equal(PublishedReportReader.ReadText(Format, NumberedSeed()).Cells, report.Cells);
        Assert.Empty(report.LayoutFindings);
    }

    [Fact]
    public void ASavedWebPageReadsLikeItsText()
    {
        // Each run of table rows in a <table> of its own: a <p> inside a table would be moved before it, as browsers do.
        var body = string.Join("\n", NumberedSeed().Split('\n').Select(line => line.Contains('\t', StringComparison.Ordinal)
            ? "<table><tr>\n" + string.Concat(line.Split('\t').Select(c => $"  <td style=\"width:10%\">\n    {WebUtility.HtmlEncode(c)}\n  </td>\n")) + "</tr></table>"
            : $"<p>{WebUtility.HtmlEncode(line)}&nbsp;</p>"));
        var html = $"<!DOCTYPE html>\n<html><head><title>焦作市人防办</title><script>var a = '<p>一、总体情况</p>';</script></head>\n<body>{body}</body></html>";

        var report = PublishedReportReader.Read(Format, "report.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(PublishedReportReader.ReadText(Format, NumberedSeed()).Cells, report.Cells);
        Assert.Equal(("焦作市人防办", 2023), (report.Agency, report.Year));
        Assert.Equal("无", report.Texts["s6"]);
        Assert.Empty(report.LayoutFindings);
    }

    [Fact]
    public void TableFourWithOneValuePerLineIsReadInOrder()
    {
        var text = Seed.Replace(Table4Values, string.Join('\n', Enumerable.Range(1, 15).Select(Text)), StringComparison.Ordinal);

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.Equal(Enumerable.Range(1, 15).Select(v => (decimal?)v), Keys("t4").Select(k => report.Cells[k]));
    }

    [Theory]
    [InlineData("焦作市人防办２０２３年度政府信息公开工作年度报告", "焦作市人防办", 2023)]
    [InlineData("首页 > 政务公开\n标题：焦作市人防办 2022 年政府信息公开工作年度报告", "焦作市人防办", 2022)]
    [InlineData("焦作市人民防空办公室\n2024年政府信息公开工作年度报告", "焦作市人民防空办公室", 2024)]
    [InlineData("政府信息公开工作年度报告", null, null)]
    public void TheAgencyAndYearComeFromTheTitleHoweverItIsSet(string title, string? agency, int? year)
    {
        var text = Seed.Replace("焦作市人防办 2023 年政府信息公开工作年度报告", title, StringComparison.Ordinal);

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.Equal((agency, year), (report.Agency, report.Year));
    }

    [Fact]
    public void HeadingsWithOtherPunctuationAndAMissingOneStillSplitTheSections()
    {
        var text = Seed.Replace("一、总体情况", "一．总体情况：", StringComparison.Ordinal)
            .Replace("五、存在的主要问题及改进情况", "", StringComparison.Ordinal);

        var report = PublishedReportReader.ReadText(Format, text);

        Assert.Contains("发布信息 224 条", report.Texts["s1"], StringComparison.Ordinal);
        Assert.Equal("R7.s5", Assert.Single(report.LayoutFindings).Key);
        Assert.Equal(0, report.Cells["t4.afterReview.total"]);
    }

    [Fact]
    public void TextSavedAsGb18030OrUtf16IsDecoded()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

        Assert.Equal(888.0113m, PublishedReportReader.Read(Format, "报告.txt", gb18030.GetBytes(Seed)).Cells["t2.8.fees.amount"]);
        Assert.Equal("焦作市人防办", PublishedReportReader.Read(Format, "报告.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Seed)]).Agency);
    }

    [Theory]
    [InlineData("hello world")]
    [InlineData("关于印发《政府信息公开工作年度报告格式》的通知\n各省、自治区、直辖市人民政府办公厅")]
    public void TextWithoutTheSectionsIsNotAReport(string text)
    {
        var e = Assert.Throws<UnreadableReportException>(() => PublishedReportReader.ReadText(Format, text));

        Assert.Contains("不是一份政府信息公开工作年度报告", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFileIsNotAReport()
    {
        Assert.Contains("空", Assert.Throws<UnreadableReportException>(() => PublishedReportReader.Read(Format, "report.txt", [])).Message, StringComparison.Ordinal);
        Assert.Throws<UnreadableReportException>(() => PublishedReportReader.ReadText(Format, " \n\t\n"));
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("report.txt")]
    public void APdfIsRefusedSayingWhatToSendInstead(string fileName)
    {
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");

        var e = Assert.Throws<UnreadableReportException>(() => PublishedReportReader.Read(Format, fileName, pdf));

        Assert.Contains("PDF", e.Message, StringComparison.Ordinal);
        Assert.Contains(".docx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OldWordFilesDamagedDocxOtherZipsAndBinaryJunkAreRefused()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);

        Assert.Contains(".doc", Assert.Throws<UnreadableReportException>(() => PublishedReportReader.Read(Format, "报告.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])).Message, StringComparison.Ordinal);
        Assert.Contains(".docx", Assert.Throws<UnreadableReportException>(() => PublishedReportReader.Read(Format, "报告.docx", [.. "PK\u0003\u0004"u8, .. junk])).Message, StringComparison.Ordinal);
        Assert.Throws<UnreadableReportException>(() => PublishedReportReader.Read(Format, "报告.bin", junk));
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true)) archive.CreateEntry("xl/workbook.xml");
        Assert.Contains(".docx", Assert.Throws<UnreadableReportException>(() => PublishedReportReader.Read(Format, "报告.xlsx", zip.ToArray())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoMangledCopyOfTheSeedCrashesTheReader()
    {
        var random = new Random(2023);
        var lines = Seed.Split('\n');
        var pieces = new[] { "\t", "", "/", "０", "（六）其他处理", "一、总体情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "9999999999999999999", "-1", "1.5", "\u3000", "“" };
        for (var run = 0; run < 300; run++)
        {
            var mangled = lines.Select(line => random.Next(6) switch
            {
                0 => "",
                1 => line.Replace("\t", pieces[random.Next(pieces.Length)], StringComparison.Ordinal),
                2 => line.Insert(random.Next(line.Length + 1), pieces[random.Next(pieces.Length)]),
                _ => line,
            }).Where(_ => random.Next(8) > 0);
            try
            {
                var report = PublishedReportReader.ReadText(Format, string.Join('\n', mangled));
                Assert.Equal(Keys().Count(), report.Cells.Count);
                _ = new ReportChecker(Format).Check(report);
            }
            catch (UnreadableReportException)
            {
            }
        }
    }

    [Fact]
    public void NoDamagedCopyOfADocxCrashesTheReader()
    {
        var docx = DocxTestReports.Finished();
        var random = new Random(2024);
        for (var run = 0; run < 100; run++)
        {
            var damaged = docx.ToArray();
            for (var i = 0; i < 1 + random.Next(20); i++) damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            try
            {
                _ = PublishedReportReader.Read(Format, "报告.docx", damaged);
            }
            catch (UnreadableReportException)
            {
            }
        }
    }

    /// <summary>The seed with the zeros of tables 三 and 四 numbered 1, 2, 3 … in reading order, so a value in the wrong cell shows.</summary>
    private static string NumberedSeed()
    {
        var next = 0;
        var inTables = false;
        return string.Join('\n', Seed.Split('\n').Select(line =>
        {
            inTables = line.StartsWith("三、收到和处理", StringComparison.Ordinal) || (inTables && !line.StartsWith("五、", StringComparison.Ordinal));
            return inTables ? string.Join('\t', line.Split('\t').Select(c => c == "0" ? Text(++next) : c)) : line;
        }));
    }

    private static string[] Row(params string[] cells) => cells;

    /// <summary>Table 三 as a converter without merged cells writes it: each row's part, group and label in full, and an empty last column.</summary>
    private static string[][] Table3(TableDefinition t3) =>
    [
        Row([t3.Corner!, t3.Corner!, t3.Corner!, .. Enumerable.Repeat(t3.ColumnHeader!, 7), ""]),
        Row([t3.Corner!, t3.Corner!, t3.Corner!, .. t3.Columns.Select(c => c.Group ?? c.Label), ""]),
        Row([t3.Corner!, t3.Corner!, t3.Corner!, .. t3.Columns.Select(c => c.Label), ""]),
        .. t3.Rows.Select((row, r) => Row([row.Part ?? row.Label, row.Group ?? row.Part ?? row.Label, row.Label, .. t3.Columns.Select((_, c) => Text(Table3Value(r, c))), ""])),
    ];

    private static int Table3Value(int row, int column) => (row * 10) + column;

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string> Keys(params string[] tableIds) =>
        (tableIds.Length == 0 ? Format.Tables : tableIds.Select(Format.Table))
            .SelectMany(t => t.Rows.SelectMany(r => t.Columns.Select(c => t.CellKey(r.Id, c.Id))));
}
