using DocumentFormat.OpenXml.Packaging;

namespace ReportBot.Core.Documents;

/// <summary>The core properties Word shows under 文件 > 信息 and a 政府网站 CMS reads: title, author (the organ), dates.</summary>
internal static class DocxProperties
{
    public static void Set(WordprocessingDocument package, ReportDocument document)
    {
        var properties = package.PackageProperties;
        properties.Title = document.Title;
        properties.Creator = document.Agency.Length > 0 ? document.Agency : null;
        properties.Language = "zh-CN";
        // Dated by the report, not the machine's clock: the same report gives the same file.
        DateTime? dated = document.Draft is { } draft ? draft.TakenAt.UtcDateTime
            : document.SignedOn is { } signed ? signed.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
        properties.Created = dated;
        properties.Modified = dated;
    }
}
