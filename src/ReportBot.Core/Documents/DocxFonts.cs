using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBot.Core.Documents;

/// <summary>The 公文 fonts (GB/T 9704) and the font table that tells Word/WPS what to use where they are missing.</summary>
internal static class DocxFonts
{
    public const string FangSong = "仿宋_GB2312";
    public const string XiaoBiaoSong = "方正小标宋简体";
    public const string KaiTi = "楷体_GB2312";
    public const string HeiTi = "黑体";
    public const string SongTi = "宋体";
    public const string Latin = "Times New Roman";

    /// <summary>Each name falls back to the next (仿宋_GB2312 → 仿宋 → FangSong): not every machine has the GB2312 cuts.</summary>
    private static readonly (string Name, string AltName)[] Chinese =
    [
        (FangSong, "仿宋"), ("仿宋", "FangSong"),
        (XiaoBiaoSong, SongTi), (SongTi, "SimSun"),
        (KaiTi, "楷体"), ("楷体", "KaiTi"),
        (HeiTi, "SimHei"),
    ];

    /// <summary>Digits and Latin letters in Times New Roman, Chinese in <paramref name="eastAsia"/>.</summary>
    public static RunFonts For(string eastAsia, string latin = Latin) => new()
    {
        Ascii = latin,
        HighAnsi = latin,
        ComplexScript = latin,
        EastAsia = eastAsia,
        // Quotes and dashes are shared by both scripts; Chinese text wants the full-width Chinese forms.
        Hint = FontTypeHintValues.EastAsia,
    };

    public static void AddTo(MainDocumentPart main)
    {
        var fonts = new Fonts();
        foreach (var (name, altName) in Chinese)
        {
            fonts.Append(new Font
            {
                Name = name,
                AltName = new AltName { Val = altName },
                // 86 is GB2312, the simplified Chinese character set.
                FontCharSet = new FontCharSet { Val = "86" },
                FontFamily = new FontFamily { Val = FontFamilyValues.Auto },
                Pitch = new Pitch { Val = FontPitchValues.Variable },
            });
        }
        fonts.Append(new Font
        {
            Name = Latin,
            FontCharSet = new FontCharSet { Val = "00" },
            FontFamily = new FontFamily { Val = FontFamilyValues.Roman },
            Pitch = new Pitch { Val = FontPitchValues.Variable },
        });
        main.AddNewPart<FontTablePart>().Fonts = fonts;
    }
}
