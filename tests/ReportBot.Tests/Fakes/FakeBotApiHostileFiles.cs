using System.IO.Compression;

namespace ReportBot.Tests.Fakes;

/// <summary>Files a hostile sender would upload to the fake Bot API (shared with the soak program's edge probe).</summary>
public static class FakeBotApiHostileFiles
{
    /// <summary>A small .docx-named zip whose one entry inflates to <paramref name="megabytes"/> MB of zeros.</summary>
    public static byte[] ZipBomb(int megabytes)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++) entry.Write(zeros);
        }
        return zip.ToArray();
    }
}
