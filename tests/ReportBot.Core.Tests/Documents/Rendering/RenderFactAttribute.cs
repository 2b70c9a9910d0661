namespace ReportBot.Core.Tests.Documents.Rendering;

/// <summary>A render test: skipped, with the reason printed, where LibreOffice is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RenderFactAttribute : FactAttribute
{
    public RenderFactAttribute()
    {
        if (LibreOffice.Path is null) Skip = LibreOffice.Missing;
    }
}
