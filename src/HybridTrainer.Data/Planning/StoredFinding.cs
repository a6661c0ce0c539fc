using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Data.Planning;

/// <summary>
/// How a plan checker finding is kept in a block's verdict (<see cref="BlockVerdict.Warnings"/>): "R11: Key|arg|arg",
/// the rule, then its reason as <see cref="StoredReason"/> writes it. Verdicts kept before findings had keys read
/// "R11: Sprint series on …", an English sentence: it decodes to a reason whose key is that sentence, shown as written.
/// </summary>
public static class StoredFinding
{
    private const string Between = ": ";

    public static string Encode(RuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return violation.Rule + Between + StoredReason.Encode(violation.Reason);
    }

    /// <summary>The rule and the reason of a kept finding; a line without a rule (never written) is all reason.</summary>
    public static (string Rule, Reason Reason) Decode(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var end = stored.IndexOf(Between, StringComparison.Ordinal);
        return end < 0 ? ("", new Reason(stored)) : (stored[..end], StoredReason.Decode(stored[(end + Between.Length)..]));
    }
}
