namespace ReportBot.Core.Answers;

/// <summary>What staff read when a typed answer cannot be used: what is expected, with an example.</summary>
internal static class ParseTexts
{
    public const string IntegerExpected = "请输入一个非负整数，例如 18（可用全角数字或千位分隔符 1,234）。";
    public const string NoNegatives = "数量不能是负数，请输入 0 或正整数，例如 0。";
    public const string NoDecimals = "这里要填件数，须为整数，不能有小数，例如 18。";
    public const string TooLarge = "数字过大，请核对后重新输入。";
    public const string FeeExpected = "请输入收费金额，单位万元，最多4位小数，例如 888.0113；也可按元输入，例如 8880113元。";
    public const string FeePrecision = "以万元为单位最多保留4位小数，例如 888.0113。";
    public const string YuanPrecision = "按元输入时请填到整元，例如 8880113元。";

    public static string RowCount(int count, bool allowTotal, int got) =>
        (got < 0 ? "" : $"收到{got}个数字。") +
        $"这一行需要{count}个整数，按列顺序用空格分开" +
        (allowTotal ? $"（可再加第{count + 1}个数作为总计用于核对）" : "") +
        $"，例如：{string.Join(' ', Enumerable.Repeat("0", count))}";

    public const string NoNegativeFee = "收费金额不能是负数，请输入 0 或正数（单位万元），例如 0 或 888.0113。";

    public static string NotNumbers(IReadOnlyList<string> words, int count) =>
        $"“{string.Join("”“", words.Take(3).Select(Shorten))}”{(words.Count > 3 ? "等" : "")}不是数字，没有保存。这一行需要{count}个整数，按列顺序用空格分开，例如：{string.Join(' ', Enumerable.Repeat("0", count))}";

    public static string RowItem(int position, string token, string error) =>
        $"第{position}个数“{Shorten(token)}”无法识别：{error}";

    private static string Shorten(string s) => s.Length > 12 ? s[..12] + "…" : s;
}
