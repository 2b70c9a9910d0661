namespace ReportBot.Core.Checking.Pdf;

/// <summary>Why a PDF cannot be read, in the words the person who sent it reads.</summary>
internal static class PdfFindings
{
    public static string Scanned => "这是扫描版 PDF：每页只是图片，没有文字层，无法读取其中的文字和数字。请发送 .docx 文件或可以复制文字的 PDF，或先用文字识别（OCR）转成文本后发送。";

    public static string Broken => "PDF 文件已损坏或无法解析。请发送 .docx 文件，或把报告全文复制为纯文本（.txt）后发送。";
}
