namespace ReportBot.Core.Documents;

/// <summary>
/// Breaks a table label into lines that fit its cell, only between words: renderers break Chinese anywhere
/// ("自然/人", "本年/度办"), so the writers break first, by the format's own vocabulary. Numbering (1. （三） 一、)
/// stays with the word after it, punctuation with the word before, and a figure is one word: only a cell narrower
/// than a word cuts it, and the tables make their columns as wide as their widest word and figure.
/// </summary>
public static class LabelLines
{
    // The words of the 2021 format's labels; a longer word wins over its prefix (申请人 over 申请).
    private static readonly HashSet<string> Words = new(
        """
        本年 本年度 新收 政府 信息 公开 申请 数量 上年 结转 办理 结果 予以 部分 区分 处理 只计 这一 情形 不计 其他
        属于 国家 秘密 法律 行政 法规 禁止 危及 三安全 一稳定 保护 第三方 合法 权益 三类 内部 事务 四类 过程性 执法
        案卷 查询 事项 本机关 掌握 相关 没有 现成 需要 另行 制作 补正 内容 明确 信访 举报 投诉类 重复 要求 提供 出版物
        正当 理由 大量 反复 行政机关 确认 重新 出具 获取 申请人 逾期 不再 未按 收费 通知 缴纳 费用 总计 下年度 继续
        自然人 商业 企业 科研 机构 社会 公益 组织 服务 法人 情况 本列 数据 勾稽 关系 第一项 第二项 第三项 第四项 之和
        等于 维持 纠正 尚未 审结 行政复议 行政诉讼 未经 复议 直接 起诉 复议后 第二十条 制发 废止 件数 现行 有效 处理
        决定 金额 单位 万元 规章 规范性 文件 许可 处罚 强制 事业性 予公开 不予 无法 不予公开 无法提供 不予处理 其他处理
        部分公开 予以公开 收到
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private static readonly int LongestWord = Words.Max(w => w.Length);

    // Signs that never start a line, and signs that never end one (GB/T 15834 line-breaking).
    private const string Closing = "、，。：；）”’％";
    private const string Opening = "（“‘";

    /// <summary>The label's lines, each at most <paramref name="halfEms"/> wide where its words allow.</summary>
    public static IReadOnlyList<string> Split(string text, int halfEms)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TextWidth.HalfEms(text) <= halfEms) return [text];
        var lines = new List<string>();
        var line = "";
        foreach (var token in Tokens(text))
        {
            if (line.Length > 0 && TextWidth.HalfEms(line + token) > halfEms)
            {
                lines.Add(line);
                line = "";
            }
            // A word wider than the cell is cut by characters: the last resort, as in a 1-character column.
            foreach (var piece in TextWidth.HalfEms(token) > halfEms ? Characters(token) : [token])
            {
                if (line.Length > 0 && TextWidth.HalfEms(line + piece) > halfEms)
                {
                    lines.Add(line);
                    line = "";
                }
                line += piece;
            }
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    /// <summary>Unbreakable pieces: words with their numbering before and their punctuation after.</summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var pending = "";
        var i = 0;
        while (i < text.Length)
        {
            var word = Next(text, i);
            i += word.Length;
            if (Closing.Contains(word[0], StringComparison.Ordinal) && tokens.Count > 0 && pending.Length == 0) tokens[^1] += word;
            else if (IsPrefix(word) || Opening.Contains(word[^1], StringComparison.Ordinal)) pending += word;
            else
            {
                tokens.Add(pending + word);
                pending = "";
            }
        }
        if (pending.Length > 0) tokens.Add(pending);
        return tokens;
    }

    /// <summary>The next word: a run of digits and Latin, a numbering like （三） or 一、, a known word, or one character.</summary>
    private static string Next(string text, int at)
    {
        if (char.IsAsciiLetterOrDigit(text[at]))
        {
            var end = at;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or ','))
                end++;
            return text[at..end];
        }
        if (text[at] == '（' && text.IndexOf('）', at) is var close and > 0 && close - at <= 4 && close - at >= 2 && IsNumeral(text[(at + 1)..close]))
            return text[at..(close + 1)];
        if (at + 1 < text.Length && text[at + 1] == '、' && IsNumeral(text[at].ToString())) return text.Substring(at, 2);
        for (var length = Math.Min(LongestWord, text.Length - at); length >= 2; length--)
            if (Words.Contains(text.Substring(at, length))) return text.Substring(at, length);
        return text[at].ToString();
    }

    /// <summary>Numbering that belongs to the word after it: 1. （三） 一、 第.</summary>
    private static bool IsPrefix(string word) =>
        word.EndsWith('.') || word.EndsWith('、') || (word.StartsWith('（') && word.EndsWith('）') && IsNumeral(word[1..^1]));

    private static bool IsNumeral(string s) => s.Length > 0 && s.All(c => "一二三四五六七八九十".Contains(c, StringComparison.Ordinal));

    private static IEnumerable<string> Characters(string token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            var length = char.IsHighSurrogate(token[i]) && i + 1 < token.Length ? 2 : 1;
            yield return token.Substring(i, length);
            i += length - 1;
        }
    }
}
