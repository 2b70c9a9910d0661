using System.IO.Compression;
using System.Text;

namespace ReportBot.Conversations;

/// <summary>
/// A .zip of many reports sent in chat (a coordinator's forty departments): its files, read within bounds no real batch
/// comes near, so a zip bomb costs little before it is refused — entries counted, every byte inflated counted (the
/// sizes the archive claims are not trusted), and no archive inside the archive.
/// </summary>
public static class SentArchive
{
    public const int MaxEntries = 100;
    public const long MaxTotalBytes = 50L * 1024 * 1024;
    public const long MaxEntryBytes = 10L * 1024 * 1024;

    private static readonly string[] Archives = [".zip", ".rar", ".7z", ".tar", ".gz", ".tgz"];

    /// <summary>A file sent as a zip of reports: by its name, since a .docx is a zip too.</summary>
    public static bool IsArchive(string fileName) => fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>The archive's files (name, bytes), in name order; or why it is refused, in words for the sender.</summary>
    public static (List<(string Name, byte[] Content)> Files, string? Refusal) Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            // Windows writes Chinese names in GB18030 without the UTF-8 flag.
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: NameEncoding());
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal) && !Path.GetFileName(e.FullName).StartsWith('.')).ToList();
            if (entries.Count == 0) return ([], ConversationTexts.ArchiveEmpty);
            if (entries.Count > MaxEntries) return ([], ConversationTexts.ArchiveTooManyFiles(MaxEntries));
            if (entries.FirstOrDefault(e => Archives.Any(a => e.FullName.EndsWith(a, StringComparison.OrdinalIgnoreCase))) is { } nested)
                return ([], ConversationTexts.ArchiveNested(nested.FullName));
            var files = new List<(string, byte[])>();
            long total = 0;
            foreach (var entry in entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (entry.Length > MaxEntryBytes || total + entry.Length > MaxTotalBytes) return ([], ConversationTexts.ArchiveTooLarge(MaxTotalBytes / 1024 / 1024));
                var bytes = Inflate(entry, Math.Min(MaxEntryBytes, MaxTotalBytes - total));
                if (bytes is null) return ([], ConversationTexts.ArchiveTooLarge(MaxTotalBytes / 1024 / 1024));
                total += bytes.Length;
                files.Add((entry.FullName, bytes));
            }
            return (files, null);
        }
        catch (InvalidDataException)
        {
            return ([], ConversationTexts.ArchiveBroken);
        }
    }

    /// <summary>The entry's bytes, or null as soon as more than <paramref name="limit"/> come out of it.</summary>
    private static byte[]? Inflate(ZipArchiveEntry entry, long limit)
    {
        using var source = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Encoding NameEncoding() =>
        CodePagesEncodingProvider.Instance.GetEncoding(54936) ?? Encoding.UTF8;
}
