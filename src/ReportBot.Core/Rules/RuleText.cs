using System.Globalization;

namespace ReportBot.Core.Rules;

/// <summary>Fills a rule's message template (<c>{where}</c>, <c>{diff}</c>…) with the real numbers.</summary>
internal static class RuleText
{
    public static string Fill(string template, params (string Name, string Value)[] values) =>
        values.Aggregate(template, (text, v) => text.Replace("{" + v.Name + "}", v.Value, StringComparison.Ordinal));

    public static string Number(decimal v) => v.ToString(CultureInfo.InvariantCulture);
}
