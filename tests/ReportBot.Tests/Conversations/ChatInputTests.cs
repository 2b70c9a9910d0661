using ReportBot.Channels;
using ReportBot.Conversations;

namespace ReportBot.Tests.Conversations;

/// <summary>One rule for reading a message, and one list of chat commands behind the menu, /help and unknown commands.</summary>
public sealed class ChatInputTests
{
    private static ChatInput Parse(string? text = null, string? choice = null, IncomingFile? file = null) =>
        ChatInput.Parse(new IncomingMessage("test", 1, 1, text, choice, file));

    [Theory]
    [InlineData("/open 2", "open", new[] { "2" })]
    [InlineData("  /OPEN@ReportBot_Test_Bot   2  ", "open", new[] { "2" })]
    [InlineData("/Start abcdefghijk", "start", new[] { "abcdefghijk" })]
    [InlineData("/lastyear", "lastyear", new string[0])]
    public void ACommandIsReadTheSameWayWhateverItsCaseSuffixOrSpacing(string text, string name, string[] args)
    {
        var command = Assert.IsType<CommandInput>(Parse(text));

        Assert.Equal(name, command.Name);
        Assert.Equal(args, command.Args);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/ 0 0")]
    [InlineData("18")]
    [InlineData("1/2")]
    public void ASlashThatDoesNotStartACommandIsAnAnswer(string text) => Assert.Equal(new TextInput(text), Parse(text));

    [Fact]
    public void PressesFilesAndEverythingElseAreTheirOwnKinds()
    {
        Assert.Equal(new PressInput(12, "save"), Parse(choice: "12|save"));
        Assert.Equal(new PressInput(null, ""), Parse(choice: "garbage"));
        Assert.IsType<FileInput>(Parse(file: new IncomingFile("报告.docx", 10)));
        Assert.IsType<NoInput>(Parse());
    }

    [Fact]
    public void TheMenuHelpAndTheUnknownCommandReplyAllComeFromTheOneCatalogue()
    {
        Assert.Equal(ChatCommands.All.Select(c => c.Name), TelegramCommands.Menu.Select(c => c.Command));
        foreach (var command in ChatCommands.All)
        {
            Assert.Contains($"/{command.Name}", ConversationTexts.UnknownCommand, StringComparison.Ordinal);
            Assert.Equal(command.Audience == Audience.Everyone, ConversationTexts.Help(coordinator: false).Contains($"/{command.Name} ", StringComparison.Ordinal));
            Assert.Contains($"/{command.Name} ", ConversationTexts.Help(coordinator: true), StringComparison.Ordinal);
        }
    }
}
