namespace ReportBot.Tests.Conversations;

/// <summary>Short ways to reach a point of the interview through the real service.</summary>
public static class InterviewSteps
{
    public static async Task StartAsync(ChatDriver chat, string agency = "测试局", string year = "2023")
    {
        await chat.AdmitAsync();
        await chat.SendAsync("/new");
        await chat.SendAsync(agency);
        await chat.SendAsync(year);
    }

    /// <summary>Section 一 with short texts, then table 二 up to (not including) 行政许可.</summary>
    public static async Task ToPermitAsync(ChatDriver chat)
    {
        await StartAsync(chat);
        await FillSection1Async(chat);
        await chat.PressAsync("本组其余全为0");
    }

    public static async Task FillSection1Async(ChatDriver chat)
    {
        for (var i = 0; i < 6; i++)
        {
            await chat.SendAsync($"第{i + 1}段内容。");
        }
    }

    public static async Task ToTable3Async(ChatDriver chat)
    {
        await ToPermitAsync(chat);
        await FromPermitToTable3Async(chat);
    }

    /// <summary>The rest of table 二 as in the seed (行政许可 18, other groups 0, the fee), from 行政许可 on.</summary>
    public static async Task FromPermitToTable3Async(ChatDriver chat)
    {
        await chat.SendAsync("18");
        await chat.PressAsync("本组其余全为0");
        await chat.SendAsync("888.0113");
    }
}
