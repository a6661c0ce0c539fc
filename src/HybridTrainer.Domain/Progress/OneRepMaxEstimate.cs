using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Progress;

/// <summary>
/// Estimated 1RM per session (R19, Epley w × (1 + r/30)): from the session's best set of a main lift with 1–10 reps
/// and a load; sets of more than 10 reps are too far from a single to estimate it.
/// </summary>
public static class OneRepMaxEstimate
{
    /// <summary>The highest Epley estimate among the sets of <paramref name="lift"/>; null when no set qualifies.</summary>
    public static decimal? BestOf(IEnumerable<LoggedSet> sets, MainLift lift)
    {
        ArgumentNullException.ThrowIfNull(sets);
        decimal? best = null;
        foreach (var set in sets)
        {
            if (set.MainLift == lift && Qualifies(set) && R19TrainingMax.EstimateOneRepMax(set.WeightKg, set.Reps) is var estimate && (best is null || estimate > best))
            {
                best = estimate;
            }
        }

        return best;
    }

    public static bool Qualifies(LoggedSet set) =>
        set is { Reps: >= 1 and <= R19TrainingMax.MaxRepsForEstimate, WeightKg: > 0 };

    /// <summary>One point per session that had a qualifying set of the lift, in date order.</summary>
    public static IReadOnlyList<DatedValue> Series(IEnumerable<(DateOnly Date, IReadOnlyList<LoggedSet> Sets)> sessions, MainLift lift) =>
        [.. sessions
            .Select(s => (s.Date, Best: BestOf(s.Sets, lift)))
            .Where(s => s.Best is not null)
            .GroupBy(s => s.Date)
            .Select(g => new DatedValue(g.Key, g.Max(s => s.Best!.Value)))
            .OrderBy(p => p.Date)];
}

/// <summary>A value on a day: one point of a chart.</summary>
public readonly record struct DatedValue(DateOnly Date, decimal Value);
