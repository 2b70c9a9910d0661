namespace ReportBot.Core.Formats;

/// <summary>A report format file that cannot be used; the message names the file, the item and the problem.</summary>
public sealed class ReportFormatException : Exception
{
    public ReportFormatException(string message) : base(message) { }

    public ReportFormatException(string message, Exception inner) : base(message, inner) { }

    public ReportFormatException() { }
}
