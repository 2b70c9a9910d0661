namespace ReportBot.Core.Interviews;

/// <summary>What the interview says about co-filling: a question that belongs to someone else.</summary>
public static class CoFillingTexts
{
    public const string HistoryButton = "修改记录";

    /// <summary>A read-only question: where, what, its saved value, and whose it is (<paramref name="reason"/>, from the host).</summary>
    public static string ReadOnly(string position, string label, string? saved, string reason) =>
        $"🔒 {position} {label}：{reason}，您只能查看，不能修改。\n当前内容：{saved ?? "（未填写）"}";

    public const string OwnPartDone = "您负责的部分都已填写。";
}
