using ReportBot.Core.Interviews;

namespace ReportBot.Conversations;

/// <summary>What the conversation service itself says, outside any interview question.</summary>
internal static class ConversationTexts
{
    public const int MaxMessageLength = 4096;

    public const string Stranger = "抱歉，您还没有被协调员添加为填报人员，不能使用本机器人。请联系本单位的协调员。";
    public const string NotText = "暂时只能识别文字消息和按钮。请直接输入文字回答当前问题。";
    public const string FileNotExpected = "没能读取这个文件。可以发送 .docx 或 .txt 格式的年度报告进行检查。";
    public const string Stale = "这个按钮所在的问题已经过去了，没有做任何修改。";
    public const string ContinueOrNew = "点“打开”继续填写，或发送 /new 新建报告。";
    public const string NoSuchOption = "没有这个编号的按钮，请看最近一条消息的选项。";
    public const string NoReport = InterviewTexts.StartFirst;
    public const string NotFinished = "报告尚未提交，还不能生成正式文件。发送 /snapshot 获取草稿，或 /review 检查后提交。";
    public const string DraftAttached = "📎 草稿快照（每页标有“草稿”，未填写处为【待填写】，文末附待完善事项）。";
    public const string FinishedAttached = "📎 正式报告文件。";
    public const string HowToCheckAReport = "请把要检查的年度报告作为文件发来（.docx、PDF、保存的网页、Markdown，或复制的 .txt 文本；扫描版 PDF 无法读取），我会逐条核对 R1–R13。如果是本机关上一年度的报告，它还会作为上年数据用于核对上年结转等。多份报告可打包成一个 .zip 发来，我会汇总成一条消息并附上详细结果。";
    public const string CoordinatorsOnly = "只有协调员可以使用这个命令。";
    public const string InviteInvalid = "这个邀请链接无效、已使用或已过期。请向协调员索取新的链接。";
    public const string InviteNeedsReport = "请先用 /new 新建报告或用 /open 打开一份报告，再发送 /invite 邀请填报人员。";
    public const string NoReportsYet = "还没有报告。发送 /new 新建。";
    public const string NoReportsForStaff = InterviewTexts.NoReportForStaff;
    public const string ReportsTitle = "📁 报告列表：";

    public static string RecentReportsTitle(long total, int shown) => $"📁 报告列表（共{total}份，以下是最近处理的{shown}份）：";

    public static string OtherReports(bool coordinator) =>
        coordinator ? "其他报告：发送 /open 编号 打开，或发送 /status 查看全部报告的进度。" : "其他报告：发送 /open 编号 打开（编号可向协调员询问）。";
    public const string OpenUsage = "用法：/open 报告编号（发送 /reports 查看编号）。";
    public const string NotYourReport = "您没有被邀请填写这份报告。";
    public const string EditedIgnored = "编辑过的消息不会修改已保存的答案。如需修改，请直接发送新的内容，或用 /back 回到上一题。";
    public const string PrivateOnly = "本机器人只能在私聊中使用，现在退出本群。";
    public const string Failure = "抱歉，刚才的消息没有处理完或回复没有发出。发送 /start 可查看当前问题和已保存的内容。";

    public const string HowToAnswer = """
        填报说明：
        · 按提示逐项回答；表格一行可一次输入，数字用空格分开，例如 0 2 0 0 0 1；全为0可只输入 0。
        · 收费金额以万元为单位，例如 888.0113，也可输入 8880113元。
        · 文字发送即保存；较长的内容可分多条连续发送，会接在一起。
        """;

    /// <summary>/help: how to answer, then the commands this person may use (from the one catalogue).</summary>
    public static string Help(bool coordinator) => $"{HowToAnswer}\n命令：\n{ChatCommands.ListFor(coordinator)}";

    public static string UnknownCommand => $"不认识这个命令。可用命令：{ChatCommands.Names}";

    public static string StatusName(ReportStatus status) => status switch
    {
        ReportStatus.Submitted => "已提交",
        ReportStatus.Returned => "已退回修改",
        ReportStatus.Approved => "已定稿",
        _ => "填写中",
    };

    public static string Unreadable(string file, string why) => $"无法把“{file}”读作政府信息公开工作年度报告：{why}";

    public static string SentReportFindingsTitle(string file, string? agency, int? year, int errors, int warnings) =>
        $"🔎 检查“{file}”（{agency ?? "机关未识别"} {(year is { } y ? $"{y}年" : "年度未识别")}）：{(errors + warnings == 0 ? "未发现问题。" : $"错误{errors}项，提醒{warnings}项。")}";

    public static string MoreFindings(int count) => $"……另有{count}项，完整结果可用命令行 check 查看。";

    public static string TakenAsLastYear(int year) => $"📅 已将这份报告作为{year}年（上年）数据，用于核对上年结转、现行有效件数和未审结案件（R8–R10）。";

    public static string LastYearInStore(int year) => $"库中已有本机关{year}年的报告，上年数据已自动使用，无需输入。";

    public static string Welcome(string name, string title) => $"欢迎，{name}！您已加入《{title}》的填报。";

    public static string InviteCreated(string title, string link, int hours) =>
        $"邀请链接（仅限一人使用，{hours}小时内有效）：\n{link}\n请发给要填写《{title}》的同事。";

    public static string SubmittedBy(string name, string title) => $"📬 {name} 已提交《{title}》，正式文件见附件。";

    // A .zip of many reports (SentArchive, SentBatchCheck).
    public static string ArchiveEmpty => "压缩包里没有文件。";

    public static string ArchiveBroken => "压缩包已损坏或不是 .zip 格式，请重新压缩后发送。";

    public static string ArchiveTooManyFiles(int max) => $"压缩包内文件过多（最多{max}个），请分批发送。";

    public static string ArchiveTooLarge(long megabytes) => $"压缩包解压后过大（最多{megabytes}MB，单个文件最多10MB），请分批发送。";

    public static string ArchiveNested(string name) => $"压缩包内不能再含压缩包（“{name}”），请解压后把报告直接放入一个 .zip。";

    public static string BatchTitle(string file, int count, int withErrors, int notReports) =>
        $"🔎 检查“{file}”中的{count}份文件：{count - withErrors - notReports}份无错误，{withErrors}份有错误" + (notReports > 0 ? $"，{notReports}份无法读作报告" : "") + "。";

    public static string BatchLine(int number, string file, string? agency, int? year, int errors, int warnings, int unreadableRows) =>
        $"{number}. {file}｜{agency ?? "机关未识别"}｜{(year is { } y ? $"{y}年" : "年度未识别")}｜错误{errors}｜提醒{warnings}｜无法读取的行{unreadableRows}";

    public static string BatchNotAReport(int number, string file, string why) => $"{number}. {file}｜无法读作报告：{why}";

    public static string BatchMore(int count) => $"……另有{count}份，见附件。";

    public static string BatchDetailsAttached => "每份报告的全部检查结果见附件（CSV，可用 Excel 打开）。";

    public static string TooLong(int length) =>
        $"消息过长（{length}字），单条消息最多{MaxMessageLength}字。较长的内容请分成几条发送，每条都会追加到预览里。";
}
