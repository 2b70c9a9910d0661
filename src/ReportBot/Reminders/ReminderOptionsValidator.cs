using Microsoft.Extensions.Options;

namespace ReportBot.Reminders;

/// <summary>Stops the start with the one line <see cref="ReminderOptions.Problem"/> gives.</summary>
public sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
