using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Documents;

/// <summary>Paragraphs and runs of text in a named style; a placeholder stands out in red so it is not missed.</summary>
internal static partial class DocxText
{
    public const string Red = "FF0000";

    public static Paragraph Paragraph(string style, string text, JustificationValues? justification = null, int? fontSize = null)
    {
        var paragraph = new Paragraph(Properties(style, justification));
        if (text.Length > 0) paragraph.Append(Run(text, fontSize));
        return paragraph;
    }

    /// <summary>One paragraph of <paramref name="lines"/> joined by line breaks: the lines a writer chose, kept.</summary>
    public static Paragraph Lines(string style, IReadOnlyList<string> lines, JustificationValues? justification = null, int? fontSize = null)
    {
        var paragraph = new Paragraph(Properties(style, justification));
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var run = Run(lines[i], fontSize);
            if (i > 0) run.InsertBefore(new Break(), run.GetFirstChild<Text>());
            paragraph.Append(run);
        }
        return paragraph;
    }

    /// <summary>A body paragraph; one that opens with a run-in heading (（一）主动公开方面。) sets it in 楷体, as 公文 do.</summary>
    public static Paragraph Body(string text)
    {
        if (RunInHeading().Match(text) is not { Success: true } heading) return Paragraph(DocxStyles.Body, text);
        var lead = Run(heading.Value);
        lead.PrependChild(new RunProperties { RunStyle = new RunStyle { Val = DocxStyles.RunInHeading } });
        return new Paragraph(Properties(DocxStyles.Body, null), lead, Run(text[heading.Length..]));
    }

    public static Run Run(string text, int? fontSize = null, string? color = null)
    {
        color ??= text.Contains(ReportDocument.Placeholder, StringComparison.Ordinal) || text == ReportDocument.CellPlaceholder ? Red : null;
        var run = new Run();
        if (color is not null || fontSize is not null)
        {
            run.Append(new RunProperties
            {
                Color = color is null ? null : new Color { Val = color },
                FontSize = fontSize is { } size ? new FontSize { Val = size.ToString() } : null,
                FontSizeComplexScript = fontSize is { } cs ? new FontSizeComplexScript { Val = cs.ToString() } : null,
            });
        }
        run.Append(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>
    /// Text pasted from Word or a phone can carry characters XML cannot hold (a vertical tab for a line break, a
    /// bell, a broken surrogate): each becomes a space instead of failing the whole document. So do tabs: Word keeps those as w:tab, not in w:t.
    /// </summary>
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) safe.Append(text, i++, 2);
            else safe.Append(XmlConvert.IsXmlChar(text[i]) && !char.IsControl(text[i]) ? text[i] : ' ');
        }
        return safe.ToString();
    }

    private static ParagraphProperties Properties(string style, JustificationValues? justification) => new()
    {
        ParagraphStyleId = new ParagraphStyleId { Val = style },
        Justification = justification is { } j ? new Justification { Val = j } : null,
    };

    /// <summary>（一）…。 at the start, short enough to be a heading rather than a sentence that happens to be numbered.</summary>
    [GeneratedRegex("^（[一二三四五六七八九十]{1,3}）[^。（]{1,20}。")]
    private static partial Regex RunInHeading();
}
