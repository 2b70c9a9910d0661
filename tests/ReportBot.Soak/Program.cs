using System.Diagnostics;
using System.Globalization;
using ReportBot.Soak;
using ReportBot.Storage;
using ReportBot.Tests.Fakes;

// The real bot process against the fake Bot API: N people fill whole reports while the bot is killed with SIGKILL
// K times and faults are injected; then what was stored and sent is compared with what should have been.
// Prints figures; exit code 1 when an answer was lost or applied twice or a confirmed update went unanswered.
// With --probe: cross-chat delays under one chat's slow download or 429, a stranger's zip bomb, 10,000 hostile updates.
// Run: dotnet run -c Release --project tests/ReportBot.Soak -- --chats 20 --kills 10 [--faults off] [--fault-every-ms 1500] [--chat-pace 1] [--seed 1]
var chats = Option("--chats", 20);
var kills = Option("--kills", 10);
var faults = !args.Contains("--faults") || args[Array.IndexOf(args, "--faults") + 1] != "off";
var random = new Random(Option("--seed", 1));
var faultEvery = Option("--fault-every-ms", 1500);
const long FirstUser = 10_000, NeverOpened = 99_999;

var root = AppContext.BaseDirectory;
var repository = new DirectoryInfo(root);
while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "ReportBot.sln"))) repository = repository.Parent;
var framework = new DirectoryInfo(root.TrimEnd(Path.DirectorySeparatorChar));
var program = Path.Combine(repository!.FullName, "src", "ReportBot", "bin", framework.Parent!.Name, framework.Name, "ReportBot.dll");
if (args.Contains("--probe")) return await EdgeProbe.RunAsync(program);
var formatFile = Path.Combine(root, "config", "report-format-2021.json");
var lines = File.ReadAllLines(Path.Combine(root, "Fixtures", "jiaozuo-2023.chat.txt"));

var scripts = new List<Script>();
for (var i = 0; i < chats; i++) scripts.Add(await ReferenceRun.PlayAsync(formatFile, FirstUser + i, $"浸泡测试局{i:00}", lines));

var db = Path.Combine(Path.GetTempPath(), $"reportbot-soak-{Guid.NewGuid():N}.db");
var log = Path.ChangeExtension(db, ".log");
await using var api = await FakeBotApi.StartAsync();
// A coordinator who never opened the bot: every submission's document to them is refused with 403.
api.Block(NeverOpened);
var environment = new Dictionary<string, string>
{
    ["Bot__Token"] = FakeBotApi.Token,
    ["Bot__BaseUrl"] = api.BaseUrl,
    ["Storage__Path"] = db,
    ["Bot__PollSeconds"] = "2",
    ["Bot__RequestSeconds"] = "3",
    ["Bot__MaxBackoffSeconds"] = "2",
    ["Logging__LogLevel__Default"] = "Information",
    ["Bot__ChatMessagesPerSecond"] = Option("--chat-pace", 1).ToString(CultureInfo.InvariantCulture),
};
foreach (var (id, i) in scripts.Select((s, i) => (s.UserId, i)).Append((NeverOpened, chats)))
    environment[$"Access__Coordinators__{i}"] = id.ToString(CultureInfo.InvariantCulture);
using var bot = new BotProcess(program, environment, log);

Console.WriteLine($"ReportBot soak — {chats} chats × the whole seed report ({lines.Length} steps), {kills} kills, faults {(faults ? "on" : "off")}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
var watch = Stopwatch.StartNew();
bot.Start();
using var stop = new CancellationTokenSource();
var users = scripts.Select(s => new SoakUser(api, s, TimeSpan.FromSeconds(90))).ToList();
var injector = new FaultInjector(api, random, faultEvery);
var injecting = faults ? injector.RunAsync(stop.Token) : Task.CompletedTask;
var sampling = Task.Run(async () =>
{
    while (!stop.IsCancellationRequested)
    {
        bot.Sample();
        await Task.Delay(200);
    }
});
var people = Task.WhenAll(users.Select(u => u.RunAsync(CancellationToken.None)));
var killed = 0;
// Kills spread over the whole fill: each at a random point of the people's progress, then a random moment later.
var total = scripts.Sum(s => s.Steps.Count);
foreach (var share in Enumerable.Range(0, kills).Select(_ => 0.03 + random.NextDouble() * 0.9).Order())
{
    while (!people.IsCompleted && users.Sum(u => u.UpdateIds.Count) < share * total) await Task.Delay(20);
    await Task.Delay(random.Next(0, 1500));
    bot.Kill();
    killed++;
    await Task.Delay(random.Next(100, 1500));
    bot.Start();
}
await people;
await stop.CancelAsync();
try
{
    await injecting;
}
catch (OperationCanceledException)
{
    // Faults end with the run.
}
api.Hang("sendMessage", false);
api.Hang("getUpdates", false);

// Let the bot finish what it owes: every stored update handled, every reply sent or failed for good.
var store = new ReportStore(db);
var settle = Stopwatch.StartNew();
while (settle.Elapsed < TimeSpan.FromMinutes(3))
{
    await using var read = await store.ReadAsync(CancellationToken.None);
    if (await read.PendingInboxAsync(CancellationToken.None) == 0 && await read.PendingOutboxAsync(CancellationToken.None) == 0 && users.All(u => api.GetUpdatesCalls.Any(c => c.Offset > u.UpdateIds[^1]))) break;
    await Task.Delay(250);
}
await Task.Delay(1000);
bot.Sample();
bot.Kill();
await sampling;
var elapsed = watch.Elapsed;

// What the store kept against what the people typed.
int lost = 0, twice = 0, unanswered = 0, repliesTwice = 0, missingReplies = 0, unexpected = 0;
var confirmed = api.GetUpdatesCalls.Max(c => c.Offset ?? 0);
await using (var read = await store.ReadAsync(CancellationToken.None))
{
    foreach (var (script, user) in scripts.Zip(users))
    {
        var report = await read.FindReportAsync(script.Agency, 2023, CancellationToken.None);
        var answers = report is null ? [] : await read.AnswersAsync(report.Id, CancellationToken.None);
        lost += script.Answers.Count(a => answers.GetValueOrDefault(a.Key) != a.Value);
        var history = report is null ? [] : (await read.HistoryAsync(report.Id, CancellationToken.None)).GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.Count());
        twice += history.Sum(h => Math.Max(0, h.Value - script.History.GetValueOrDefault(h.Key)));
        var match = SoakUser.Match(api, script);
        // A confirmed update is one whose offset reached Telegram: it will never be delivered again.
        unanswered += script.Steps.Select((_, i) => i).Count(i => i >= match.Answered && user.UpdateIds[i] < confirmed);
        (repliesTwice, missingReplies, unexpected) = (repliesTwice + match.Twice, missingReplies + match.Missing, unexpected + match.Unexpected);
    }
}
// Each submission's finished document goes to every other coordinator (the one who never opened the bot gets a 403).
var notices = scripts.Sum(s => scripts.Count(other => other != s && api.Documents.Any(d => d.ChatId == other.UserId && d.FileName.StartsWith(s.Agency, StringComparison.Ordinal))));
List<Unreachable> unreachable;
await using (var read = await store.ReadAsync(CancellationToken.None)) unreachable = await read.UnreachableAsync(CancellationToken.None);
var delays = users.SelectMany(u => u.Delays).Order().ToList();

Console.WriteLine($"  updates sent by people         {users.Sum(u => u.UpdateIds.Count)}");
Console.WriteLine($"  kills (SIGKILL)                {killed}   (bot started {bot.Starts} times)");
Console.WriteLine($"  faults injected                {(faults ? string.Join(", ", injector.Injected.OrderBy(f => f.Key).Select(f => $"{f.Key} ×{f.Value}")) : "none")}");
Console.WriteLine($"  answers lost                   {lost}");
Console.WriteLine($"  answers applied twice          {twice}");
Console.WriteLine($"  confirmed updates never answered {unanswered}");
Console.WriteLine($"  replies missing                {missingReplies}");
Console.WriteLine($"  replies delivered twice        {repliesTwice}");
Console.WriteLine($"  other messages (apologies…)    {unexpected}");
Console.WriteLine($"  finished documents to the other coordinators {notices} of {chats * (chats - 1)}; unreachable recorded: {string.Join(", ", unreachable.Select(u => u.ChatId))}");
Console.WriteLine($"  reply delay                    median {At(0.5):0.00} s   p95 {At(0.95):0.00} s   worst {delays[^1].TotalSeconds:0.00} s   (people who gave up waiting: {users.Sum(u => u.GaveUp)})");
Console.WriteLine($"  peak memory of the bot         {bot.PeakMegabytes:0} MB");
foreach (var user in users.Where(u => u.FirstGaveUp is not null).Take(3)) Console.WriteLine($"  waited in vain: {user.FirstGaveUp}");
Console.WriteLine($"  wall time                      {elapsed.TotalSeconds:0} s   (bot log: {log})");

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
return lost == 0 && twice == 0 && unanswered == 0 ? 0 : 1;

double At(double q) => delays[Math.Min(delays.Count - 1, (int)(q * delays.Count))].TotalSeconds;

int Option(string name, int fallback) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
