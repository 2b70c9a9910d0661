using ReportBot.Core.Answers;
using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Documents;

/// <summary>
/// The document's hard case: a 24-character organ name, 6-digit figures in table 三, every cell of table 四 non-zero,
/// and narratives long enough to fill whole pages.
/// </summary>
internal static class HardCase
{
    public const string Agency = "中共平潭综合实验区工作委员会机构编制委员会办公室";

    public static readonly ReportInfo Report = new(2, Agency, 2024, ReportStatus.Submitted);

    public static readonly DateOnly SignedOn = new(2025, 1, 20);

    // Per applicant column (自然人 … 其他): the figures of each typed row of table 三.
    private static readonly Dictionary<string, int[]> TableThree = new(StringComparer.Ordinal)
    {
        ["new"] = [123456, 2345, 12, 3, 45, 678],
        ["carried"] = [1200, 30, 0, 0, 1, 9],
        ["granted"] = [100234, 1800, 9, 2, 40, 600],
        ["partial"] = [20001, 400, 2, 1, 3, 50],
        ["carryover"] = [1500, 25, 1, 0, 1, 7],
    };

    public static AnswerSet Answers()
    {
        var answers = DocxTestReports.SeedAnswers();
        var table = FormatFixture.Format.Table("t3");
        var applicants = table.TypedColumns.ToList();
        foreach (var row in table.TypedRows)
        {
            var figures = TableThree.GetValueOrDefault(row.Id) ?? [3, 1, 0, 0, 0, 1];
            foreach (var (column, figure) in applicants.Zip(figures)) answers.Set(table.CellKey(row.Id, column.Id), figure.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var four = FormatFixture.Format.Table("t4");
        var value = 1;
        foreach (var row in four.TypedRows)
            foreach (var column in four.TypedColumns)
                answers.Set(four.CellKey(row.Id, column.Id), (value++ * 7).ToString(System.Globalization.CultureInfo.InvariantCulture));
        answers.Set("t2.1.normative.issued", "12");
        answers.Set("t2.6.penalty.decisions", "1234");
        var paragraph = "本年度，我办坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，严格执行《中华人民共和国政府信息公开条例》，围绕中心工作，聚焦群众关切，持续深化政务公开，不断提升政府信息公开工作的规范化、标准化水平。";
        answers.Set("s1.intro", string.Join('\n', Enumerable.Repeat(paragraph, 4)));
        answers.Set("s5.problems", string.Join('\n', Enumerable.Repeat(paragraph, 10)));
        return answers;
    }
}
