using System.Security.Cryptography;
using System.Text;
using ReportBot.Core.Answers;
using ReportBot.Core.Rules;

namespace ReportBot.Core.Interviews;

/// <summary>
/// Reasons given for findings, kept with the report as answers keyed <c>ack.{finding key}.{message hash}</c>: the
/// coordinator sees them, the draft lists them, and explanations of R8–R10 are printed under their table. The hash
/// ties a reason to the numbers it explained: when they change, the finding is open again.
/// </summary>
public static class Acknowledgements
{
    public const string Prefix = "ack.";

    public static string Key(Finding finding) =>
        $"{Prefix}{finding.Id}.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(finding.Message)))[..8]}";

    public static string? Reason(AnswerSet answers, Finding finding) => answers.Get(Key(finding));

    /// <summary>The rule a reason was given under: every finding's key begins with its rule's id.</summary>
    public static string RuleOf(string key) => key[Prefix.Length..].Split('.')[0];
}
