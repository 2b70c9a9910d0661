using System.Diagnostics;
using System.Globalization;
using ReportBot.Conversations;
using ReportBot.Core.Interviews;

namespace ReportBot.Benchmarks;

/// <summary>
/// A chat as a list of lines: text is sent as typed, <c>#n</c> presses the n-th button of the last reply. The seed
/// fills the real 焦作市人防办 2023 report; the non-zero variant types table 三's rows instead of 全部为0.
/// </summary>
internal sealed class ChatScript(string name, IReadOnlyList<string> lines)
{
    public const string SeedAgency = "焦作市人防办";

    private static readonly ReportBot.Channels.TelegramOutbox Outbox = new(TimeProvider.System);

    public string Name { get; } = name;

    public IReadOnlyList<string> Lines { get; } = lines;

    public static ChatScript Seed { get; } = new("seed", File.ReadAllLines(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "jiaozuo-2023.chat.txt")));

    /// <summary>The seed with table 三 answered row by row (3 requests, all granted), so rules check real figures.</summary>
    public static ChatScript NonZero { get; } = new("non-zero", WithTable3Typed(Seed.Lines));

    /// <summary>
    /// Sends every line as one user on their own report; returns one sample per message. A non-zero pause is the
    /// typing time before each message (randomly 0.5–1.5 × it).
    /// </summary>
    public async Task<List<MessageSample>> RunAsync(ConversationService service, long userId, string agency, bool countAllocations, TimeSpan pause = default)
    {
        var samples = new List<MessageSample>(Lines.Count);
        IReadOnlyList<Reply> last = [];
        var previous = "";
        foreach (var line in Lines)
        {
            if (pause > TimeSpan.Zero) await Task.Delay(pause * (0.5 + Random.Shared.NextDouble()));
            var text = line == SeedAgency ? agency : line;
            var prompt = string.Join("\n", last.Select(r => r.Text));
            var press = text.StartsWith('#');
            var sample = new MessageSample(Kind(text, press, previous), prompt);
            previous = text;
            var message = press
                ? new IncomingMessage("bench", userId, userId, Choice: last.SelectMany(r => r.AllButtons).ElementAtOrDefault(int.Parse(text[1..], CultureInfo.InvariantCulture) - 1)?.Choice ?? "0:none", UpdateId: BenchHost.NextUpdateId())
                : new IncomingMessage("bench", userId, userId, Text: text, UpdateId: BenchHost.NextUpdateId());
            sample.UpdateId = message.UpdateId;
            SqlProfiler.Current = sample;
            var allocated = countAllocations ? GC.GetTotalAllocatedBytes(precise: true) : 0;
            sample.Started = DateTime.UtcNow;
            var watch = Stopwatch.StartNew();
            try
            {
                // As the Telegram channel handles it: the replies stored as outbox rows in the same transaction.
                last = await service.HandleAsync(message, (session, replies, ct) => Outbox.AddRepliesAsync(session, userId, message.UpdateId, null, message.Text, replies, ct), CancellationToken.None);
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or TimeoutException)
            {
                sample.Failed = true;
                last = [];
            }
            sample.Ms = watch.Elapsed.TotalMilliseconds;
            if (countAllocations) sample.AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            SqlProfiler.Current = null;
            samples.Add(sample);
        }
        return samples;
    }

    private static string Kind(string text, bool press, string previous) =>
        press && previous == "/submit" ? "confirm"
        : press ? "press"
        : text == "全部为0" ? "zero"
        : text.StartsWith('/') ? "command"
        : "text";

    private static List<string> WithTable3Typed(IReadOnlyList<string> seed)
    {
        // In the seed, the third 全部为0 (after 888.0113, table 二's last figure) answers table 三.
        var zeros = seed.Select((l, i) => (l, i)).Where(x => x.l == "全部为0").Select(x => x.i).ToList();
        var lines = seed.ToList();
        lines.RemoveAt(zeros[2]);
        lines.InsertRange(zeros[2], ["3 0 0 0 0 0", "0", "3 0 0 0 0 0", "全部为0"]);
        return lines;
    }
}
