using System.Diagnostics;

namespace ReportBot.Soak;

/// <summary>The real bot program in its own process: started, killed with SIGKILL, started again; its peak memory watched.</summary>
public sealed class BotProcess(string programPath, IReadOnlyDictionary<string, string> environment, string logPath) : IDisposable
{
    private readonly Lock gate = new();
    private Process? process;

    /// <summary>The highest resident memory (VmHWM) any run of the bot reached, in MB.</summary>
    public double PeakMegabytes { get; private set; }

    public int Starts { get; private set; }

    public bool Running
    {
        get
        {
            lock (gate) return process is { HasExited: false };
        }
    }

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(programPath);
        start.ArgumentList.Add("bot");
        start.Environment.Remove("Bot__Token");
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var started = Process.Start(start) ?? throw new InvalidOperationException("the bot did not start");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        started.OutputDataReceived += (_, e) => Write(log, e.Data);
        started.ErrorDataReceived += (_, e) => Write(log, e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        lock (gate) process = started;
        Starts++;
    }

    /// <summary>kill -9: no shutdown code runs, whatever was in flight is cut.</summary>
    public void Kill()
    {
        Process? running;
        lock (gate) (running, process) = (process, null);
        if (running is null) return;
        Sample(running);
        running.Kill();
        running.WaitForExit();
        running.Dispose();
    }

    /// <summary>Reads the running bot's peak resident memory; call now and then.</summary>
    public void Sample()
    {
        Process? running;
        lock (gate) running = process;
        if (running is not null) Sample(running);
    }

    public void Dispose() => Kill();

    private void Sample(Process running)
    {
        try
        {
            var line = File.ReadLines($"/proc/{running.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line[6..].Trim().Split(' ')[0], out var kb)) PeakMegabytes = Math.Max(PeakMegabytes, kb / 1024.0);
        }
        catch (IOException)
        {
            // The process just ended.
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log) log.WriteLine(line);
    }
}
