using System.Diagnostics;

namespace ReportBot.Benchmarks;

/// <summary>The real bot program (<c>ReportBot.dll bot</c>) in a process of its own; its CPU time and memory read after each wave.</summary>
internal sealed class BotProgram(string dll, IReadOnlyDictionary<string, string> environment) : IDisposable
{
    private Process? process;

    public static string DefaultDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportBot.sln"))) dir = dir.Parent;
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(dir!.FullName, "src", "ReportBot", "bin", framework.Parent!.Name, framework.Name, "ReportBot.dll");
    }

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("bot");
        foreach (var (name, value) in environment) start.Environment[name] = value;
        process = Process.Start(start) ?? throw new InvalidOperationException("the bot did not start");
        // Read and dropped, so a full pipe never stops the bot.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line && line.Contains("fail", StringComparison.OrdinalIgnoreCase)) Console.Error.WriteLine($"bot: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public TimeSpan CpuTime()
    {
        process!.Refresh();
        return process.TotalProcessorTime;
    }

    public double PeakMegabytes() => Status("VmHWM");

    /// <summary>
    /// Resident now, split: private (anonymous pages, and the shared memory the runtime maps compiled code through when
    /// W^X is on) and mapped files (the runtime and assemblies, shared and clean: the kernel can drop and reread them).
    /// </summary>
    public (double Private, double Files) ResidentMegabytes() => (Status("RssAnon") + Status("RssShmem"), Status("RssFile"));

    private double Status(string field)
    {
        var line = File.ReadLines($"/proc/{process!.Id}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    public void Dispose()
    {
        if (process is null) return;
        // Stopped as an operator would (SIGTERM, the host shuts down); killed only if it does not within 10 s.
        if (!process.HasExited) Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
        if (!process.WaitForExit(10_000)) process.Kill();
        process.WaitForExit();
        process.Dispose();
    }
}
