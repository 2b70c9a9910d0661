using System.Text;

namespace ReportBot.Core.Checking;

/// <summary>
/// The bytes of a text file as text: UTF-8 as expected, with or without a byte order mark; UTF-16 with one (Notepad's
/// "Unicode"); GB18030, which Chinese Windows still saves by default. Binary content is refused.
/// </summary>
internal static class ReportTextDecoder
{
    private const int Gb18030 = 54936;

    // More control characters than this share of the text is a binary file that happened to decode.
    private const double MaxControlShare = 0.01;

    public static string Decode(byte[] content)
    {
        if (content.Length == 0) throw new UnreadableReportException(LayoutFindings.Empty);
        var text = Bom(content) ?? Strict(new UTF8Encoding(false, true), content) ?? Strict(Gbk(), content)
            ?? throw new UnreadableReportException(LayoutFindings.NotText);
        var controls = text.Count(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'));
        if (text.Contains('\0', StringComparison.Ordinal) || controls > text.Length * MaxControlShare)
            throw new UnreadableReportException(LayoutFindings.NotText);
        return text;
    }

    private static string? Bom(byte[] content) => content switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Strict(new UTF8Encoding(false, true), content.AsSpan(3).ToArray()),
        [0xFF, 0xFE, ..] => Strict(new UnicodeEncoding(false, false, true), content.AsSpan(2).ToArray()),
        [0xFE, 0xFF, ..] => Strict(new UnicodeEncoding(true, false, true), content.AsSpan(2).ToArray()),
        _ => null,
    };

    private static Encoding Gbk() =>
        CodePagesEncodingProvider.Instance.GetEncoding(Gb18030, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? new UTF8Encoding(false, true);

    private static string? Strict(Encoding encoding, byte[] content)
    {
        try
        {
            return encoding.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
