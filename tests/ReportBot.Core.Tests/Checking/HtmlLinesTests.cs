using ReportBot.Core.Checking;

namespace ReportBot.Core.Tests.Checking;

/// <summary>Saved web pages through a real HTML parser: blocks as lines, table rows on the table's grid.</summary>
public class HtmlLinesTests
{
    [Fact]
    public void RowspanAndColspanLeaveTheSpannedPositionsEmpty()
    {
        const string html = """
            <html><body><div class=TRS_Editor>
            <p>三、收到和处理政府信息公开申请情况</p>
            <table>
            <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家<br/>秘密</td><td>1</td></tr>
            <tr><td><p>2.其他法律</p><p>行政法规禁止公开</p></td><td>2</td></tr>
            <tr><td colspan="2">（七）总计</td><td>3</td></tr>
            </table></div></body></html>
            """;

        var lines = HtmlLines.Read(html);

        Assert.Equal(["三、收到和处理政府信息公开申请情况", "（三）不予公开\t1.属于国家 秘密\t1", "\t2.其他法律 行政法规禁止公开\t2", "（七）总计\t\t3"], lines);
    }

    [Fact]
    public void ScriptsAndStylesAreNotText()
    {
        var lines = HtmlLines.Read("<html><head><style>p{}</style><script>var a='<p>一、总体情况</p>';</script></head><body><p>正文</p></body></html>");

        Assert.Equal(["正文"], lines);
    }

    [Fact]
    public void ASpanOfTwoBillionIsClampedToTheGrid()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var lines = HtmlLines.Read("<table><tr><td colspan=\"2000000000\" rowspan=\"2000000000\">规章</td><td>0</td></tr><tr><td>1</td></tr></table>");

        Assert.All(lines, l => Assert.True(l.Split('\t').Length <= 50));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), started.Elapsed.ToString());
    }
}
