namespace ReportBot.Conversations;

/// <summary>What the conversation service itself says, outside any interview question.</summary>
internal static class ConversationTexts
{
    public const int MaxMessageLength = 4096;

    public const string Stranger = "抱歉，你还没有被协调员添加为填报人员，不能使用本机器人。请联系本单位的协调员。";
    public const string NotText = "暂时只能识别文字消息和按钮。请直接输入文字回答当前问题。";
    public const string FileNotExpected = "现在不需要文件。请用文字回答当前问题。";
    public const string Stale = "这个按钮所在的问题已经过去了，没有做任何修改。当前问题：";
    public const string UnknownCommand = "不认识这个命令。可用命令：/new /back /skip /review /submit /snapshot /document /cancel /help";
    public const string NoReport = "还没有正在填写的报告。发送 /new 新建报告。";
    public const string NotFinished = "报告尚未提交，还不能生成正式文件。发送 /snapshot 获取草稿，或 /review 检查后提交。";
    public const string DraftAttached = "📎 草稿快照（每页标有“草稿”，未填写处为【待填写】，文末附待完善事项）。";
    public const string FinishedAttached = "📎 正式报告文件。";
    public const string Failure = "抱歉，处理这条消息时出错了，已保存的内容没有变化。请稍后再试。";

    public static string TooLong(int length) =>
        $"消息过长（{length}字），单条消息最多{MaxMessageLength}字。较长的内容请分成几条发送，每条都会追加到预览里。";
}
