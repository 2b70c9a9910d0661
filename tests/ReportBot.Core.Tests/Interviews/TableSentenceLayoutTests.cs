using ReportBot.Core.Answers;
using ReportBot.Core.Formats;
using ReportBot.Core.Interviews;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Tests.Interviews;

/// <summary>The sentence's rows are the format's: a result the format adds to table 三 is in it, named as the format names it.</summary>
public sealed class TableSentenceLayoutTests
{
    [Fact]
    public void AResultGroupAddedToTableThreeInTheFormatIsInTheSentence()
    {
        var format = InterviewDriver.Context.Format;
        var t3 = format.Table("t3");
        var rows = t3.Rows.ToList();
        rows.Insert(rows.FindIndex(r => r.Id == "total"), new RowDefinition("transferred", "1.移送其他机关", "（七）1", "三、本年度办理结果", "（七）移送处理"));
        var wider = format with { Tables = [.. format.Tables.Select(t => t.Id == "t3" ? t with { Rows = rows } : t)] };
        var cells = InterviewDriver.Complete(("t3.new.natural", "5"), ("t3.granted.natural", "3"));
        foreach (var column in t3.TypedColumns) cells[t3.CellKey("transferred", column.Id)] = column.Id == "natural" ? "2" : "0";
        var answers = new AnswerSet(cells);

        var sentence = TableSentence.Compose(wider, ReportFigures.From(wider, answers));

        Assert.NotNull(sentence);
        Assert.Contains("其中予以公开3件，移送处理2件；", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void ATableLaidOutOtherwiseGetsNoSentence()
    {
        var format = InterviewDriver.Context.Format;
        var noParts = format with { Tables = [.. format.Tables.Select(t => t.Id == "t3" ? t with { Rows = [.. t.Rows.Select(r => r with { Part = null })] } : t)] };

        Assert.Null(TableSentence.Compose(noParts, ReportFigures.From(noParts, new AnswerSet(InterviewDriver.Complete()))));
    }
}
