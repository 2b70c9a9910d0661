namespace ReportBot.Tests.Fakes;

/// <summary>
/// How many messages and documents each chat has received, with a wait that wakes as the count is reached: for a
/// load test of many chats, where scanning every message each time would cost more than the bot under test.
/// </summary>
public sealed partial class FakeBotApi
{
    private readonly Lock countsGate = new();
    private readonly Dictionary<long, ChatCount> counts = [];

    /// <summary>Completes once <paramref name="chatId"/> has received <paramref name="count"/> messages and documents in all.</summary>
    public Task WaitForSentAsync(long chatId, int count)
    {
        lock (countsGate)
        {
            var chat = CountOf(chatId);
            if (chat.Sent >= count) return Task.CompletedTask;
            chat.Waiter = (count, new(TaskCreationOptions.RunContinuationsAsynchronously));
            return chat.Waiter.Value.Done.Task;
        }
    }

    /// <summary>The <paramref name="n"/>-th button (from 1) of the last message sent to the chat with buttons, and that message.</summary>
    public (int MessageId, string Data)? LastButton(long chatId, int n)
    {
        lock (countsGate)
        {
            var chat = CountOf(chatId);
            return n >= 1 && n <= chat.Buttons.Count ? (chat.ButtonsMessageId, chat.Buttons[n - 1]) : null;
        }
    }

    private void Counted(long chatId, int messageId, IReadOnlyList<IReadOnlyList<InlineButton>> buttons)
    {
        lock (countsGate)
        {
            var chat = CountOf(chatId);
            chat.Sent++;
            var data = buttons.SelectMany(r => r).Select(b => b.Data).OfType<string>().ToList();
            if (data.Count > 0) (chat.ButtonsMessageId, chat.Buttons) = (messageId, data);
            if (chat.Waiter is { } waiter && chat.Sent >= waiter.Count)
            {
                chat.Waiter = null;
                waiter.Done.TrySetResult();
            }
        }
    }

    private ChatCount CountOf(long chatId)
    {
        if (!counts.TryGetValue(chatId, out var chat)) counts[chatId] = chat = new();
        return chat;
    }

    private sealed class ChatCount
    {
        public int Sent { get; set; }

        public int ButtonsMessageId { get; set; }

        public List<string> Buttons { get; set; } = [];

        public (int Count, TaskCompletionSource Done)? Waiter { get; set; }
    }
}
