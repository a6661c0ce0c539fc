using System.Text;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Data.Planning;

/// <summary>
/// How a <see cref="Reason"/> is stored in the prescription's jsonb (<see cref="SessionPrescription.Why"/>,
/// <see cref="SessionPrescription.FoamRolling"/>) and in a block's kept verdict (<see cref="BlockVerdict.Warnings"/>):
/// "Key|arg|arg", e.g. "WhyLongRunRacePace|30". Rows written before keys existed hold whole English sentences; a stored
/// line whose first part is not a known key is such a sentence and reads back as a reason whose key is the sentence
/// itself, which the web shows as it is. Keys have no spaces. An argument may be a name someone typed (a pair of
/// shoes): a '\' or '|' inside it is written with a '\' before it. Numbers and dates, all that rows written before
/// the escape hold, have neither, so they read back unchanged.
/// </summary>
public static class StoredReason
{
    private const char Separator = '|';
    private const char Escape = '\\';

    public static string Encode(Reason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (reason.Arguments.Length == 0)
        {
            return reason.Key;
        }

        var stored = new StringBuilder(reason.Key);
        foreach (var argument in reason.Arguments)
        {
            stored.Append(Separator);
            foreach (var c in argument)
            {
                if (c is Separator or Escape)
                {
                    stored.Append(Escape);
                }

                stored.Append(c);
            }
        }

        return stored.ToString();
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

        return end < 0 ? new Reason(key) : new Reason(key, Arguments(stored, end + 1));
    }

    private static string[] Arguments(string stored, int start)
    {
        var arguments = new List<string>();
        var argument = new StringBuilder();
        for (var i = start; i < stored.Length; i++)
        {
            var c = stored[i];
            if (c == Escape && i + 1 < stored.Length)
            {
                argument.Append(stored[++i]);
            }
            else if (c == Separator)
            {
                arguments.Add(argument.ToString());
                argument.Clear();
            }
            else
            {
                argument.Append(c);
            }
        }

        arguments.Add(argument.ToString());
        return [.. arguments];
    }
}
