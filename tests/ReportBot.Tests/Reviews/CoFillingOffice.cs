using System.Text.RegularExpressions;

namespace ReportBot.Tests.Reviews;

/// <summary>
/// A report of 测试局 for 2023 with two invited staff: the coordinator gives 一 and 五 to <see cref="Writer"/> and
/// 二–四 to <see cref="Figures"/>, with the /assign buttons. Everyone talks through one <see cref="ChatDriver"/>.
/// </summary>
public sealed partial class CoFillingOffice : IDisposable
{
    public const long Coordinator = 1001, Writer = 2002, Figures = 3003;

    public CoFillingOffice() => Chat = new ChatDriver(userId: Coordinator, clock: Clock);

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));

    public ChatDriver Chat { get; }

    public static IReadOnlyList<string> Seed => File.ReadAllLines(SeedReport.ChatFile);

    /// <summary>The six paragraphs of 一 in the seed.</summary>
    public static IEnumerable<string> SectionOne => Seed.Skip(3).Where((_, i) => i % 2 == 0).Take(6);

    public async Task SetUpAsync(bool assign = true)
    {
        await Chat.AdmitAsync(Coordinator);
        await As(Coordinator, "/new");
        await As(Coordinator, "测试局");
        await As(Coordinator, "2023");
        foreach (var staff in new[] { Writer, Figures })
        {
            await As(Coordinator, "/invite");
            var code = Link().Match(Chat.LastText).Groups[1].Value;
            await As(staff, $"/start {code}");
        }
        if (!assign) return;
        await As(Coordinator, "/assign");
        await AssignAsync("一、总体情况", Writer);
        await AssignAsync("五、问题及改进", Writer);
        foreach (var part in new[] { "二、主动公开", "三、表三", "四、表四" }) await AssignAsync(part, Figures);
    }

    public async Task AssignAsync(string part, long person)
    {
        Chat.UserId = Coordinator;
        await Chat.PressAsync(part);
        await Chat.PressAsync($"用户{person}");
    }

    public async Task<string> As(long user, string text)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        Chat.UserId = user;
        await Chat.SendAsync(text);
        return Chat.LastText;
    }

    public async Task<string> Press(long user, string label)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        Chat.UserId = user;
        await Chat.PressAsync(label);
        return Chat.LastText;
    }

    /// <summary>The writer fills 一 (the seed's six paragraphs).</summary>
    public async Task WriterFillsSectionOneAsync()
    {
        await As(Writer, "/start");
        // Each text is saved as it is sent.
        foreach (var paragraph in SectionOne) await As(Writer, paragraph);
    }

    /// <summary>The figures person fills 二–四 as the seed does.</summary>
    public async Task FiguresFillTheTablesAsync()
    {
        await As(Figures, "/start");
        foreach (var line in new[] { "全部为0", "18", "全部为0", "888.0113", "全部为0", "全部为0" }) await As(Figures, line);
    }

    public void Dispose() => Chat.Dispose();

    [GeneratedRegex(@"start=([A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}
