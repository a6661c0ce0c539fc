using HybridTrainer.Data.Planning;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Common.Why;

/// <summary>
/// Words the plan checker's findings as the coach's table keeps them ("R11: Key|arg", <see cref="StoredFinding"/>) in
/// the current culture's language. A verdict kept before findings had keys ("R11: Sprint series on …") shows as written.
/// </summary>
public static class FindingWording
{
    /// <summary>A kept finding worded: "R11: Series de velocidad del …".</summary>
    public static string WordFinding(this IStringLocalizer<WhyText> text, string stored)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (rule, reason) = StoredFinding.Decode(stored);
        var worded = text.Word(reason);
        return rule.Length == 0 ? worded : $"{rule}: {worded}";
    }

    public static string[] WordFindings(this IStringLocalizer<WhyText> text, IReadOnlyList<string> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var lines = new string[stored.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = text.WordFinding(stored[i]);
        }

        return lines;
    }
}
