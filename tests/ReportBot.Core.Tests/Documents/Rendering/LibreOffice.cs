using System.Diagnostics;

namespace ReportBot.Core.Tests.Documents.Rendering;

/// <summary>LibreOffice's headless converter, found on PATH: one process converts every document it is given.</summary>
internal static class LibreOffice
{
    public static readonly string? Path = Find();

    public const string Missing = "LibreOffice (soffice) is not installed: .ci/run installs libreoffice-writer-nogui, fonts-noto-cjk and fonts-liberation";

    /// <summary>Converts the .docx files to PDF beside them, in one run (a start of LibreOffice costs seconds).</summary>
    public static void ConvertToPdf(IReadOnlyList<string> docxFiles, string directory)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException(Missing))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        // A profile of its own: a LibreOffice already open on the machine would otherwise take the job and ignore it.
        foreach (var argument in new[] { $"-env:UserInstallation=file://{System.IO.Path.Combine(directory, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", directory })
            start.ArgumentList.Add(argument);
        foreach (var file in docxFiles) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not convert the documents within 3 minutes");
        }
        var missing = docxFiles.Select(f => System.IO.Path.ChangeExtension(f, ".pdf")).Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"LibreOffice made no {string.Join(", ", missing)}: {output.Result} {error.Result}");
    }

    private static string? Find()
    {
        foreach (var name in new[] { "soffice", "libreoffice" })
        {
            foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator))
            {
                var candidate = System.IO.Path.Combine(directory, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
