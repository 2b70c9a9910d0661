using ReportBot.Commands;

namespace ReportBot.Tests.Conversations;

/// <summary>A complete report's answers like the seed (narratives, every cell 0 but 行政许可 18 and the fee), to vary.</summary>
public static class SeedAnswers
{
    public static Dictionary<string, string> Complete(params (string Key, string Value)[] changes)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["s1.intro"] = "本年度政务公开工作稳步推进。",
            ["s1.active"] = "（一）主动公开方面。发布信息224条。",
            ["s1.request"] = "（二）依申请公开方面。全年未受理依申请公开申请。",
            ["s1.management"] = "（三）政府信息管理方面。严格审核。",
            ["s1.platform"] = "（四）平台建设方面。网站运行平稳。",
            ["s1.oversight"] = "（五）监督保障方面。公开监督电话。",
            ["s5.problems"] = "上年度报告所提问题已整改。",
            ["s6.other"] = "本年度未收取信息处理费。",
        };
        foreach (var table in ChatDriver.Context.Format.Tables)
            foreach (var row in table.TypedRows)
                foreach (var column in table.TypedColumns)
                    answers[table.CellKey(row.Id, column.Id)] = "0";
        answers["t2.5.permit.decisions"] = "18";
        answers["t2.8.fees.amount"] = "888.0113";
        foreach (var (key, value) in changes) answers[key] = value;
        return answers;
    }

    /// <summary>Imports a report, as moving it from another installation would.</summary>
    public static async Task ImportAsync(ChatDriver chat, string agency, int year, Dictionary<string, string> answers, string status = "submitted")
    {
        var file = Path.Combine(Path.GetTempPath(), $"reportbot-import-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, new ReportExport(ChatDriver.Context.Format.Id, agency, year, status, DateTimeOffset.UtcNow, answers).ToJson());
        var error = new StringWriter();
        var code = await new ReportCommands(chat.Store, chat.Formats, chat.Documents, TimeProvider.System, TextWriter.Null, error).ImportAsync(file, CancellationToken.None);
        File.Delete(file);
        Assert.True(code == 0, error.ToString());
    }
}
