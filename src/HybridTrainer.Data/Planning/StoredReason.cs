using HybridTrainer.Domain.Training;

namespace HybridTrainer.Data.Planning;

/// <summary>
/// How a <see cref="Reason"/> is stored in the prescription's jsonb (<see cref="SessionPrescription.Why"/>,
/// <see cref="SessionPrescription.FoamRolling"/>): "Key|arg|arg", e.g. "WhyLongRunRacePace|30". Rows written before
/// keys existed hold whole English sentences; a stored line whose first part is not a known key is such a sentence and
/// reads back as a reason whose key is the sentence itself, which the web shows as it is. Keys have no spaces and
/// arguments are invariant numbers and dates, so neither holds the separator.
/// </summary>
public static class StoredReason
{
    private const char Separator = '|';

    public static string Encode(Reason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason.Arguments.Length == 0 ? reason.Key : reason.Key + Separator + string.Join(Separator, reason.Arguments);
    }

    public static Reason Decode(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var end = stored.IndexOf(Separator, StringComparison.Ordinal);
        var key = end < 0 ? stored : stored[..end];
        if (!ReasonKeys.IsKnown(key))
        {
            return new Reason(stored);
        }

        return end < 0 ? new Reason(key) : new Reason(key, stored[(end + 1)..].Split(Separator));
    }
}
