using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Documents;

/// <summary>
/// The 落款 of an unsealed 公文 (GB/T 9704 §7.3.5.2): one empty line under the text, the organ's name right-aligned
/// two characters from the edge, the date on the next line with its first character two to the right of the name's;
/// a date longer than that keeps two characters from the edge and moves the name left instead.
/// </summary>
internal static class DocxSignature
{
    // One character of 三号 (16 pt) in twips, for readers that ignore character units.
    private const int Character = 320;

    public static IEnumerable<Paragraph> Create(string agency, string? date)
    {
        var nameWidth = TextWidth.HalfEms(agency);
        var dateWidth = date is null ? 0 : TextWidth.HalfEms(date);
        // In half-ems from the right edge: the name ends 2 characters in; the date starts 2 characters right of it.
        var nameRight = 4;
        var dateRight = nameWidth - dateWidth;
        if (dateRight < 4)
        {
            dateRight = 4;
            nameRight = dateWidth + 8 - nameWidth;
        }
        // The three lines stay on one page: a date alone at the top of a page signs nothing.
        var space = DocxText.Paragraph(DocxStyles.Body, "");
        space.ParagraphProperties!.KeepNext = new KeepNext();
        yield return space;
        var name = Line(agency, nameRight);
        if (date is not null) name.ParagraphProperties!.KeepNext = new KeepNext();
        yield return name;
        if (date is not null) yield return Line(date, dateRight);
    }

    private static Paragraph Line(string text, int rightHalfEms)
    {
        var paragraph = DocxText.Paragraph(DocxStyles.Body, text, JustificationValues.Right);
        paragraph.ParagraphProperties!.Indentation = new Indentation
        {
            FirstLine = "0",
            FirstLineChars = 0,
            Right = (rightHalfEms * Character / 2).ToString(),
            RightChars = rightHalfEms * 50,
        };
        return paragraph;
    }
}
