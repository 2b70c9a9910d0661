namespace ReportBot.Core.Answers;

/// <summary>The result of reading one typed answer: a value, or a short Chinese message saying what was expected.</summary>
public readonly record struct Parsed<T>(T? Value, string? Error)
{
    public bool Ok => Error is null;

    public static Parsed<T> Success(T value) => new(value, null);

    public static Parsed<T> Fail(string error) => new(default, error);
}
