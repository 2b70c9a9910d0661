using ReportBot.Core.Interviews;
using ReportBot.Core.Reviews;

namespace ReportBot.Core.Tests.Reviews;

public sealed class ReportLifecycleTests
{
    [Fact]
    public void ADraftIsSubmittedReturnedResubmittedAndApproved()
    {
        var lifecycle = new ReportLifecycle(ReportStatus.Open);

        Assert.True(lifecycle.Submit());
        Assert.True(lifecycle.Return());
        Assert.Equal(ReportStatus.Returned, lifecycle.Status);
        Assert.True(lifecycle.Return());
        Assert.True(lifecycle.Submit());
        Assert.True(lifecycle.Approve());
        Assert.Equal(ReportStatus.Approved, lifecycle.Status);
    }

    [Theory]
    [InlineData(ReportStatus.Open)]
    [InlineData(ReportStatus.Returned)]
    [InlineData(ReportStatus.Approved)]
    public void OnlyASubmittedReportCanBeApproved(ReportStatus status)
    {
        var lifecycle = new ReportLifecycle(status);

        Assert.False(lifecycle.Approve());
        Assert.True(lifecycle.Refused);
        Assert.Equal(status, lifecycle.Status);
    }

    [Fact]
    public void AnOpenOrApprovedReportCannotBeReturned()
    {
        Assert.False(new ReportLifecycle(ReportStatus.Open).Return());
        Assert.False(new ReportLifecycle(ReportStatus.Approved).Return());
    }

    [Theory]
    [InlineData(ReportStatus.Approved, ReportStatus.Open)]
    [InlineData(ReportStatus.Submitted, ReportStatus.Open)]
    [InlineData(ReportStatus.Returned, ReportStatus.Returned)]
    [InlineData(ReportStatus.Open, ReportStatus.Open)]
    public void AChangeReopensASubmittedOrApprovedReportAndLeavesAReturnedOneReturned(ReportStatus before, ReportStatus after)
    {
        var lifecycle = new ReportLifecycle(before);

        Assert.True(lifecycle.Change());
        Assert.Equal(after, lifecycle.Status);
    }

    [Fact]
    public void AnApprovedReportIsNotSubmittedAgainWithoutAChange()
    {
        Assert.False(new ReportLifecycle(ReportStatus.Approved).Submit());
    }

    [Fact]
    public void TheDiagramShowsEveryStatusAndTheWayBackFromApproval()
    {
        var diagram = ReportLifecycle.Diagram();

        foreach (var status in Enum.GetNames<ReportStatus>()) Assert.Contains(status, diagram, StringComparison.Ordinal);
        Assert.Contains("Approved --> Open : Change", diagram, StringComparison.Ordinal);
        Assert.Contains("Returned --> Submitted : Submit", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusNamesRoundTripThroughTheStoreSpelling()
    {
        foreach (var status in Enum.GetValues<ReportStatus>()) Assert.Equal(status, ReportStatusNames.Parse(status.Name()));
    }
}
