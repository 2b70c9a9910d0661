using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Documents;

/// <summary>
/// The A4 page of GB/T 9704 (天头 37 mm, 订口 28 mm), its page numbers on the outer side, and a draft's mark on
/// every page. Its 22 lines of 28 characters come from the body style (a fixed 28 pt line, −0.25 pt character
/// spacing), not from a w:docGrid: LibreOffice rounds each 16 pt character up to two cells of Word's 15.8 pt
/// character grid (14 characters a line) and fits only 21 lines on its 28.95 pt line grid.
/// </summary>
internal static class DocxPage
{
    // Twips (1/1440 inch): A4 is 210 × 297 mm; margins top 37, bottom 35, left 28, right 26 mm.
    private const int PageWidth = 11906, PageHeight = 16838;
    private const int Top = 2098, Bottom = 1984, Left = 1587, Right = 1474;

    // The header sits 15 mm from the top edge; the page number's top 7 mm below the type area (GB/T 9704 7.5).
    private const int HeaderDistance = 851, FooterDistance = 1304;

    // Page numbers one character (四号, 14 pt) in from the outer edge.
    private const int PageNumberIndent = 280;

    /// <summary>The type area's width, 156 mm: tables fill it exactly.</summary>
    public const int TypeAreaWidth = PageWidth - Left - Right;

    /// <summary>The type area's height, 225 mm.</summary>
    public const int TypeAreaHeight = PageHeight - Top - Bottom;

    /// <remarks>Fixed relationship ids: the same report gives the same document.xml.</remarks>
    public static SectionProperties Create(MainDocumentPart main, DraftMark? draft)
    {
        var section = new SectionProperties();
        if (draft is not null)
        {
            // With odd and even pages apart, an even page shows only an even header: the mark is given twice.
            section.Append(
                new HeaderReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(DraftHeader(main, draft, "rIdDraftHeaderEven")) },
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(DraftHeader(main, draft, "rIdDraftHeader")) });
        }
        section.Append(
            new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(PageNumberFooter(main, "rIdPageFooterEven", JustificationValues.Left)) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(PageNumberFooter(main, "rIdPageFooter", JustificationValues.Right)) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin
            {
                Top = Top,
                Bottom = Bottom,
                Left = Left,
                Right = Right,
                Header = HeaderDistance,
                Footer = FooterDistance,
                Gutter = 0,
            });
        return section;
    }

    private static HeaderPart DraftHeader(MainDocumentPart main, DraftMark draft, string id)
    {
        var part = main.AddNewPart<HeaderPart>(id);
        var mark = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Header } },
            DocxText.Run(draft.Label, color: DocxText.Red));
        part.Header = new Header(mark);
        return part;
    }

    /// <summary>
    /// — 1 — as a PAGE field, so Word and WPS number every page themselves: odd pages at the right, even pages at
    /// the left, one character in (GB/T 9704 §7.5).
    /// </summary>
    private static FooterPart PageNumberFooter(MainDocumentPart main, string id, JustificationValues side)
    {
        var part = main.AddNewPart<FooterPart>(id);
        var indent = side == JustificationValues.Right
            ? new Indentation { Right = PageNumberIndent.ToString() }
            : new Indentation { Left = PageNumberIndent.ToString() };
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Footer },
                Indentation = indent,
                Justification = new Justification { Val = side },
            },
            DocxText.Run("— "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            DocxText.Run("1"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            DocxText.Run(" —")));
        return part;
    }
}
