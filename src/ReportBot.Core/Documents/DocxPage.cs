using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Documents;

/// <summary>The A4 page of GB/T 9704 (天头 37 mm, 订口 28 mm), its footer page number, and a draft's mark on every page.</summary>
internal static class DocxPage
{
    // Twips (1/1440 inch): A4 is 210 × 297 mm; margins top 37, bottom 35, left 28, right 26 mm.
    private const int PageWidth = 11906, PageHeight = 16838;
    private const int Top = 2098, Bottom = 1984, Left = 1587, Right = 1474;

    // The header sits 15 mm from the top edge; the page number's top 7 mm below the type area (GB/T 9704 7.5).
    private const int HeaderDistance = 851, FooterDistance = 1304;

    /// <summary>The type area's width, 156 mm: tables fill it exactly.</summary>
    public const int TypeAreaWidth = PageWidth - Left - Right;

    /// <remarks>Fixed relationship ids: the same report gives the same document.xml.</remarks>
    public static SectionProperties Create(MainDocumentPart main, DraftMark? draft)
    {
        var section = new SectionProperties();
        if (draft is not null)
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(DraftHeader(main, draft)) });
        section.Append(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(PageNumberFooter(main)) },
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

    private static HeaderPart DraftHeader(MainDocumentPart main, DraftMark draft)
    {
        var part = main.AddNewPart<HeaderPart>("rIdDraftHeader");
        var mark = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Header } },
            DocxText.Run(draft.Label, color: DocxText.Red));
        part.Header = new Header(mark);
        return part;
    }

    /// <summary>— 1 — as a PAGE field, so Word and WPS number every page themselves.</summary>
    private static FooterPart PageNumberFooter(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>("rIdPageFooter");
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Footer } },
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
