using System.Net;
using System.Text;

namespace ReportBot.Core.Documents;

/// <summary>
/// The document as one self-contained web page: what a 政府网站 CMS takes as the report's page. Headings, paragraphs
/// and real tables (thead, rowspan and colspan where the format merges cells), the 公文 look in inline CSS, nothing
/// loaded from anywhere. The title keeps the lines chosen for print.
/// </summary>
public static class HtmlWriter
{
    // The 公文 fonts first, then what Windows, macOS and Linux have in their place.
    private const string Style = """
        body { margin: 0; background: #f4f4f4; }
        .report { box-sizing: border-box; max-width: 210mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; background: #fff;
          font: 16pt/28pt "仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif; color: #000; }
        .report h1 { margin: 0 0 28pt; font: 22pt/35pt "方正小标宋简体", "宋体", SimSun, STSong, "Noto Serif CJK SC", serif; text-align: center; }
        .report h2 { margin: 0; font: 16pt/28pt "黑体", SimHei, STHeiti, "Noto Sans CJK SC", sans-serif; text-indent: 2em; }
        .report h3 { margin: 0; font: 16pt/28pt "楷体_GB2312", "楷体", KaiTi, STKaiti, serif; text-indent: 2em; }
        .report p { margin: 0; text-indent: 2em; text-align: justify; }
        .report .run-in { font-family: "楷体_GB2312", "楷体", KaiTi, STKaiti, serif; }
        .report table { width: 100%; margin: 7pt 0; border-collapse: collapse; font-size: 10.5pt; line-height: 14pt; }
        .report caption { caption-side: top; padding: 2pt; border: 1px solid #000; border-bottom: 0; }
        .report th, .report td { border: 1px solid #000; padding: 2pt 3pt; text-align: center; vertical-align: middle; font-weight: normal; }
        .report th { word-break: keep-all; }
        .report th[scope=row] { text-align: left; }
        .report th[scope=rowgroup] { white-space: nowrap; }
        .report th.vertical { writing-mode: vertical-rl; letter-spacing: 2pt; }
        .report td { white-space: nowrap; }
        .report .signature { margin-top: 28pt; text-align: right; text-indent: 0; padding-right: 2em; }
        .report .draft { color: #c00; text-align: center; text-indent: 0; }
        .report .missing { color: #c00; }
        """;

    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Escape(document.Title)).Append("</title>\n");
        if (document.Agency.Length > 0) html.Append("<meta name=\"author\" content=\"").Append(Escape(document.Agency)).Append("\">\n");
        html.Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<article class=\"report\">\n");
        if (document.Draft is { } draft) html.Append("<p class=\"draft\">").Append(Escape(draft.Label)).Append("</p>\n");
        html.Append("<h1>").AppendJoin("<br>", TitleLines.Split(document.Title, document.Agency).Select(Escape)).Append("</h1>\n");
        foreach (var section in document.Sections) AppendSection(html, section);
        if (document.Agency.Length > 0)
        {
            html.Append("<p class=\"signature\">").Append(Escape(document.Agency));
            if (document.SignedOnText is { } date) html.Append("<br>").Append(Escape(date));
            html.Append("</p>\n");
        }
        if (document.Draft is { } d) AppendAppendix(html, d);
        return html.Append("</article>\n</body>\n</html>\n").ToString();
    }

    private static void AppendSection(StringBuilder html, DocumentSection section)
    {
        html.Append("<section>\n<h2>").Append(Escape(section.Heading)).Append("</h2>\n");
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock { IsSubheading: true } p: html.Append("<h3>").Append(Escape(p.Text)).Append("</h3>\n"); break;
                case ParagraphBlock p: html.Append("<p>").Append(Marked(p.Text)).Append("</p>\n"); break;
                case TableBlock t: HtmlTables.Append(html, t); break;
            }
        }
        html.Append("</section>\n");
    }

    private static void AppendAppendix(StringBuilder html, DraftMark draft)
    {
        html.Append("<section>\n<h2>").Append(Escape(DraftMark.AppendixTitle)).Append("</h2>\n");
        if (draft.Appendix.Count == 0) html.Append("<p>").Append(Escape(DraftMark.NothingOpen)).Append("</p>\n");
        foreach (var entry in draft.Appendix)
        {
            html.Append("<h3>").Append(Escape(entry.Section)).Append("</h3>\n");
            foreach (var line in entry.Missing.Select(m => $"未填写：{m}").Concat(entry.Findings))
                html.Append("<p>").Append(Escape(line)).Append("</p>\n");
        }
        html.Append("</section>\n");
    }

    /// <summary>Escaped text with a placeholder in red, as in the .docx.</summary>
    internal static string Marked(string text) =>
        text == ReportDocument.Placeholder || text == ReportDocument.CellPlaceholder
            ? $"<span class=\"missing\">{Escape(text)}</span>"
            : Escape(text).Replace(ReportDocument.Placeholder, $"<span class=\"missing\">{ReportDocument.Placeholder}</span>", StringComparison.Ordinal);

    internal static string Escape(string text) => WebUtility.HtmlEncode(text);
}
