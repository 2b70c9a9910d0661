namespace ReportBot.Core.Interviews;

/// <summary>Everything the interview says to staff, in one place.</summary>
public static class InterviewTexts
{
    public const string AskAgency = "新建年度报告。请输入机关名称（例如：焦作市人防办）：";
    public const string AgencyInvalid = "机关名称应为2到50个字，不含换行，例如：焦作市人防办。请重新输入：";
    public const string YearInvalidFormat = "请输入4位数字的年度，例如 2023。";
    public const string StartFirst = "还没有正在填写的报告。发送 /new 新建报告，或 /help 查看帮助。";
    public const string UseButtons = "正在查看进度。请点按钮选择要修改的部分、继续填写或提交。";
    public const string AlreadySubmitted = "报告已提交。发送 /review 查看或修改（修改后需重新提交），/new 新建报告。";
    public const string FirstQuestion = "已经是第一个问题了。";
    public const string CannotSkip = "此项为必填，不能跳过。";
    public const string CannotSkipTable = "表格每格都要填写，没有请填 0。";
    public const string NothingSaved = "此项还没有保存的内容，请直接输入。";
    public const string NothingToCancel = "当前没有可取消的操作。";
    public const string Cancelled = "已取消。";
    public const string DraftDiscarded = "已清空未保存的内容，请重新输入。";
    public const string AppendMore = "请发送要追加的文字，它将接在已保存内容的后面。";
    public const string RewriteNow = "请重新发送这一项的全文，它将替换已保存的内容。";
    public const string SavedTextGone = "这段文字已不能再修改，请从 /review 进入对应项目修改。";
    public const string EmptyMessage = "收到的是一条空白消息，没有保存任何内容。";
    public const string FinishDraftFirst = "请先对正在输入的内容选择“保存”或“重写”。";
    public const string NotNow = "现在不能这样操作。发送 /start 查看当前步骤，/help 查看帮助。";
    public const string CoordinatorsCreate = "只有协调员可以新建报告。";
    public const string NoReportForStaff = "您还没有被邀请填写任何报告。请联系协调员。";
    public const string Resumed = "继续上次的填写：";
    public const string AllAnswered = "所有问题都已填写。请检查后提交。";
    public const string SubmitBlocked = "还不能提交，请先处理以下问题：";
    public const string SubmittedNote = "✅ 报告已提交。以下是完整报告：";
    public const string UnknownChoice = "这个按钮已失效，请看最新的问题。";
    public const string SectionFindingsTitle = "本部分检查发现以下问题：";
    public const string MissingTitle = "未填写：";
    public const string ErrorsTitle = "错误：";
    public const string ZeroDone = "已将其余未填的格填为 0。";
    public const string ZeroNothing = "各格都已填写，未作改动。";
    public const string ZeroWord = "全部为0";
    public const string FindingGone = "这个问题已经不存在或已处理。";
    public const string ReasonSaved = "✅ 已记录说明。";
    public const string Reopened = "报告已提交过，这次修改使它重新打开：修改完成后请重新提交。";
    public const string StillExplaining = "请输入说明原因（发送 /cancel 取消）。";

    public static string AskReason(string finding, string? hint, bool printedUnderTable) =>
        $"{finding}\n请输入原因说明。{hint}" +
        (printedUnderTable ? "说明将作为表格下方的注释写入报告。" : "说明将随报告保存，协调员可以看到。") + "发送 /cancel 取消。";

    public static string ReasonLength(int min, int max) => $"说明应为{min}到{max}个字，请重新输入（发送 /cancel 取消）。";

    public const string LastYearStopped = "已结束输入上年数据。前面已确认的各步已保存，可随时发送 /lastyear 修改。";
    public const string LastYearSaved = "✅ 已记录上年数据，将用于核对上年结转、现行有效件数和未审结案件（R8–R10）。";
    public const string LastYearUnknown = "上年数据未知：可把上年报告作为文件发来，或发送 /lastyear 输入。";

    public static string AskLastYear(int step, int count, string label, IReadOnlyList<string> names, string? saved) =>
        $"上年数据 {step}/{count}\n{label}\n请按顺序输入{names.Count}个整数，用空格分开：\n{string.Join(' ', names)}" +
        (saved is null ? "" : $"\n已保存：{saved}") + "\n不知道可点“跳过”，发送 /cancel 结束。";

    public static string WarningsBeforeSubmit(int count) =>
        $"还有{count}项提醒没有说明。可以点“说明”写明原因，或点“仍然提交”直接提交：";

    public static string NumbersWhileDrafting(string item) =>
        $"正在输入“{item}”的文字，这条数字没有加入。如果文字已写完，请先点“保存”，再回答下一题。";

    public static string NearAgencies(string typed, IReadOnlyList<string> near) =>
        $"已有相近的机关名称：{string.Join("、", near.Select(n => $"“{n}”"))}。是同一机关吗？同一机关请选用已有名称，上年报告才能用于核对。";

    public static string NumbersAtText(string item) => $"这里要填写“{item}”的文字，这条数字没有保存。如需修改表格，请发送 /review 选择对应项目。";

    public static string TableSentenceOffer(string sentence) => $"📝 可把表三的数字写入“（二）依申请公开”（与表格一致）：\n{sentence}";

    public static string Undone(string item) => $"↩️ 已撤销刚才保存的“{item}”，请重新输入。";

    public static string Skipped(string item) => $"⏭ 已跳过：{item}";

    public static string MessageTooLongForText(int length) => $"这条消息过长（{length}字），无法处理。请分成几条连续发送，会接在一起保存。";

    public static string MessageTooLongForNumbers(int length) => $"这条消息过长（{length}字），这里只需要输入数字。";

    public static string ExistingSubmitted(string title) => $"📄 {title}\n这份报告已经存在并已提交，已为您打开。修改任何一项都会使它重新打开，需要重新提交。";

    public static string DraftDropped(int length) => $"已丢弃未保存的{length}字。";

    public static string ExistingReport(string title, int done, int count) => $"📄 {title}\n这份报告已经存在（已填{done}/{count}），已为您打开，从第一个未填的问题继续。";

    public static string MaybeTotalTyped(string last) =>
        $"⚠️ 最后一个数（{last}）正好等于前面各数之和，是不是把总计填进了“其他”？如果是，请点“上一步”重新输入这一行（可在最后加第7个数作为总计）。";

    public static string SuggestionAccepted(string item, string suggestion) => $"✅ 已在“{item}”中加入：{suggestion}";

    public static string YearOutOfRange(int first, int last) => $"年度应在 {first} 到 {last} 之间，例如 {last - 1}。";

    public static string AskYear(string agency) => $"机关名称：{agency}\n请输入报告年度（例如 2023）：";

    public static string Opened(string title) => $"📄 {title}\n开始填写。随时可发送 /review 查看进度，/help 查看帮助。";

    public static string Saved(string what) => $"✅ 已保存：{what}";

    public static string TooLong(int max, int length) => $"内容过长：共{length}字，此项最多{max}字。请精简后重新发送。";

    public static string Preview(string text) =>
        $"预览（共{Interview.TextLength(text)}字）：\n{Excerpt(text, 200)}\n\n点“保存”确认，“追加”继续输入，“重写”清空重来。";

    public static string TotalMismatch(string detail) => $"❌ 未保存：您输入的总计与各列之和不符。\n{detail}\n请核对后重新输入这一行。";

    public static string Excerpt(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
