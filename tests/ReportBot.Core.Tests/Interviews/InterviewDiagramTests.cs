using ReportBot.Core.Interviews;

namespace ReportBot.Core.Tests.Interviews;

public sealed class InterviewDiagramTests
{
    [Fact]
    public void TheDiagramNamesOnlyRealStatesAndEveryModeAPersonCanBeIn()
    {
        var diagram = Interview.Diagram();

        Assert.DoesNotContain("Decision", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("<<choice>>", diagram, StringComparison.Ordinal);
        foreach (var state in Enum.GetNames<InterviewState>()) Assert.Contains(state, diagram, StringComparison.Ordinal);
        Assert.Contains("Explaining --> Reviewing : Done (asked from the review)", diagram, StringComparison.Ordinal);
    }
}
