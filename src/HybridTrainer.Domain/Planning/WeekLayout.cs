using System.Numerics;
using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Planning;

/// <summary>
/// The weekly template: which role sits on which day (offset 0–6 from the week start). Hard-on-legs roles go on
/// days that are never neighbours, the week wrapping round (R5); when the available days cannot hold three such
/// days, the quality run moves to an easy day and is softened in normal weeks (R5 wins over R2).
/// </summary>
internal sealed class WeekLayout
{
    private WeekLayout(SlotRole?[] roles, bool qualitySoftened)
    {
        Roles = roles;
        QualitySoftened = qualitySoftened;
    }

    public SlotRole?[] Roles { get; }

    public bool QualitySoftened { get; }

    public static WeekLayout Build(int offsetMask, int availableDays)
    {
        var withQuality = availableDays >= 4;
        var hard = FindSpaced(offsetMask, withQuality ? 3 : 2);
        var softened = false;
        if (hard == 0)
        {
            hard = FindSpaced(offsetMask, 2);
            softened = true;
        }

        var roles = new SlotRole?[7];
        SlotRole[] hardRoles = withQuality && !softened ? [SlotRole.LiftA, SlotRole.Quality, SlotRole.LiftB] : [SlotRole.LiftA, SlotRole.LiftB];
        var next = 0;
        for (var offset = 0; offset < 7; offset++)
        {
            if ((hard & (1 << offset)) != 0)
            {
                roles[offset] = hardRoles[next++];
            }
        }

        var easy = offsetMask & ~hard;
        if (availableDays >= 5)
        {
            Place(roles, ref easy, SlotRole.Recovery, RecoveryDay(roles, easy));
        }

        if (availableDays >= 6)
        {
            Place(roles, ref easy, SlotRole.LiftUpper, BitOperations.TrailingZeroCount(easy));
        }

        Place(roles, ref easy, SlotRole.Steady, BitOperations.TrailingZeroCount(easy));
        if (softened)
        {
            Place(roles, ref easy, SlotRole.Quality, BitOperations.TrailingZeroCount(easy));
        }

        // With 7 days one easy day stays empty: the full rest day of R2.
        return new WeekLayout(roles, softened);
    }

    /// <summary>The k-day subset of <paramref name="mask"/> with no neighbours and the widest smallest gap; 0 if none.</summary>
    public static int FindSpaced(int mask, int k)
    {
        int best = 0, bestGap = 0;
        for (var subset = mask; subset > 0; subset = (subset - 1) & mask)
        {
            if (BitOperations.PopCount((uint)subset) != k || !R05HardEasySpacing.IsSpacedCyclically(subset))
            {
                continue;
            }

            var gap = SmallestGap(subset);
            if (gap > bestGap || (gap == bestGap && subset < best))
            {
                (best, bestGap) = (subset, gap);
            }
        }

        return best;
    }

    private static int SmallestGap(int subset)
    {
        int first = -1, previous = -1, smallest = 7;
        for (var offset = 0; offset < 7; offset++)
        {
            if ((subset & (1 << offset)) == 0)
            {
                continue;
            }

            if (previous >= 0)
            {
                smallest = Math.Min(smallest, offset - previous);
            }
            else
            {
                first = offset;
            }

            previous = offset;
        }

        return Math.Min(smallest, first + 7 - previous);
    }

    /// <summary>The easy day right after the quality run, else after any hard day, else the first easy day.</summary>
    private static int RecoveryDay(SlotRole?[] roles, int easy)
    {
        var fallback = -1;
        for (var offset = 0; offset < 7; offset++)
        {
            if ((easy & (1 << offset)) == 0)
            {
                continue;
            }

            var yesterday = roles[(offset + 6) % 7];
            if (yesterday == SlotRole.Quality)
            {
                return offset;
            }

            if (fallback < 0 && yesterday is SlotRole.LiftA or SlotRole.LiftB)
            {
                fallback = offset;
            }
        }

        return fallback >= 0 ? fallback : BitOperations.TrailingZeroCount(easy);
    }

    private static void Place(SlotRole?[] roles, ref int easy, SlotRole role, int offset)
    {
        roles[offset] = role;
        easy &= ~(1 << offset);
    }
}
