using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Documents;

/// <summary>
/// The named styles of the 公文 look (GB/T 9704): body 三号仿宋 with a two-character indent on a fixed 28 pt line,
/// title 二号小标宋, headings 黑体 and 楷体, tables in 五号仿宋. Paragraphs name a style instead of carrying fonts.
/// </summary>
internal static class DocxStyles
{
    public const string Body = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string TableText = "TableText";
    public const string Header = "Header";
    public const string Footer = "Footer";

    /// <summary>A character style for a run-in level-2 heading, as （一）主动公开方面。 opening a paragraph.</summary>
    public const string RunInHeading = "RunInHeading";

    // Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt.
    private const int Size22 = 44, Size16 = 32, Size14 = 28, Size12 = 24, Size10Half = 21;

    // Line spacing in twips: a fixed 28 pt line gives the 22 lines of the 225 mm type area.
    private const int BodyLine = 560, TitleLine = 700, SingleLine = 240;

    // Twentieths of a point: 28 characters of 三号 at 15.75 pt fill the 156 mm (442 pt) line.
    private const int BodyCharacterSpacing = -5;

    /// <summary>The body's fixed line, 28 pt.</summary>
    public const int BodyLineTwips = BodyLine;

    /// <summary>
    /// A table line: fixed at 4/3 of the type size (14 pt for 五号), about Word's single spacing of 仿宋, so the
    /// table is as tall whichever Chinese font a machine substitutes.
    /// </summary>
    public static int TableLineTwips(int fontSize) => fontSize * 10 * 4 / 3;

    public static void AddTo(MainDocumentPart main)
    {
        var styles = Create();
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static Styles Create()
    {
        var styles = new Styles(Defaults());
        styles.Append(
            // The indent twice: Word and WPS use the two characters, readers without character units 2 × 16 pt.
            Paragraph(Body, "Normal", null, Spacing(BodyLine, LineSpacingRuleValues.Exact), JustificationValues.Both,
                new Indentation { FirstLineChars = 200, FirstLine = "640" }, DocxFonts.FangSong, Size16, isDefault: true),
            Paragraph(Title, "Title", Body, Spacing(TitleLine, LineSpacingRuleValues.Exact, after: BodyLine), JustificationValues.Center,
                NoIndent(), DocxFonts.XiaoBiaoSong, Size22),
            Heading(Heading1, "heading 1", DocxFonts.HeiTi, 0),
            Heading(Heading2, "heading 2", DocxFonts.KaiTi, 1),
            Paragraph(TableText, "Table Text", Body, Spacing(TableLineTwips(Size10Half), LineSpacingRuleValues.Exact), JustificationValues.Center,
                NoIndent(), DocxFonts.FangSong, Size10Half),
            Paragraph(Header, "header", Body, Spacing(SingleLine, LineSpacingRuleValues.Auto), JustificationValues.Center,
                NoIndent(), DocxFonts.FangSong, Size12),
            // GB/T 9704 prints page numbers as 四号半角宋体 digits between dashes.
            Paragraph(Footer, "footer", Body, Spacing(SingleLine, LineSpacingRuleValues.Auto), JustificationValues.Center,
                NoIndent(), DocxFonts.SongTi, Size14, latin: DocxFonts.SongTi),
            new Style(new StyleName { Val = "Run-in Heading" }, new PrimaryStyle(),
                new StyleRunProperties { RunFonts = DocxFonts.For(DocxFonts.KaiTi) })
            { Type = StyleValues.Character, StyleId = RunInHeading });
        // Only the body and its headings take the grid's 22 lines of 28 characters: the title, tables and page
        // numbers keep their own sizes and spacing.
        foreach (var style in styles.Elements<Style>())
        {
            var own = style.StyleId?.Value is Title or TableText or Header or Footer;
            if (own && style.StyleParagraphProperties is { } paragraph) paragraph.SnapToGrid = new SnapToGrid { Val = false };
            if (style.StyleRunProperties is { } run && style.Type?.Value == StyleValues.Paragraph)
                run.Spacing = new Spacing { Val = own ? 0 : BodyCharacterSpacing };
        }
        return styles;
    }

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = DocxFonts.For(DocxFonts.FangSong),
            FontSize = new FontSize { Val = Size16.ToString() },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Size16.ToString() },
            // Word and WPS pick the East Asian font, and Chinese line breaking, by this language.
            Languages = new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle()));

    private static Style Heading(string id, string name, string font, int level)
    {
        var style = Paragraph(id, name, Body, null, null, null, font, Size16);
        style.StyleParagraphProperties!.KeepNext = new KeepNext();
        style.StyleParagraphProperties.OutlineLevel = new OutlineLevel { Val = level };
        return style;
    }

    private static Style Paragraph(
        string id, string name, string? basedOn, SpacingBetweenLines? spacing, JustificationValues? justification,
        Indentation? indentation, string font, int size, bool isDefault = false, string latin = DocxFonts.Latin)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new NextParagraphStyle { Val = Body }, new PrimaryStyle());
        style.Append(new StyleParagraphProperties
        {
            SpacingBetweenLines = spacing,
            Indentation = indentation,
            Justification = justification is { } j ? new Justification { Val = j } : null,
        });
        style.Append(new StyleRunProperties
        {
            RunFonts = DocxFonts.For(font, latin),
            FontSize = new FontSize { Val = size.ToString() },
            FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString() },
        });
        return style;
    }

    private static SpacingBetweenLines Spacing(int line, LineSpacingRuleValues rule, int after = 0) =>
        new() { Line = line.ToString(), LineRule = rule, Before = "0", After = after.ToString() };

    /// <summary>Cancels the body's two-character indent, which would push centred text off centre.</summary>
    private static Indentation NoIndent() => new() { FirstLine = "0", FirstLineChars = 0 };
}
