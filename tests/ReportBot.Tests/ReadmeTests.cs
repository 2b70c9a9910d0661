using ReportBot.Core.Interviews;

namespace ReportBot.Tests;

public sealed class ReadmeTests
{
    [Fact]
    public void TheReadmeShowsTheStateDiagramTheMachineGeneratesToday()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains($"```mermaid\n{Interview.Diagram().Trim()}\n```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReadmeShowsTheReviewLifecycleTheMachineGeneratesToday()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains($"```mermaid\n{ReportBot.Core.Reviews.ReportLifecycle.Diagram().Trim()}\n```", readme, StringComparison.Ordinal);
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("ReportBot.sln not found above the test folder");
    }
}
