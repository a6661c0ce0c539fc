using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Progress;

/// <summary>A cycle's training max for one lift, as a saved block set it; stalled when it fell below the cycle before (R22 stall).</summary>
public sealed record TrainingMaxCycle(MainLift Lift, DateOnly Start, decimal TrainingMaxKg, bool Stalled);

/// <summary>
/// The training max per 4-week cycle (R22): +2.5 kg (upper) or +5 kg (lower) after each cycle, or 0.90 × TM after a
/// stall. A cycle whose TM is lower than the previous cycle's is marked as a stall.
/// </summary>
public static class TrainingMaxCycles
{
    public static IReadOnlyList<TrainingMaxCycle> From(IEnumerable<(DateOnly Start, MainLift Lift, decimal TrainingMaxKg)> cycles)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        var result = new List<TrainingMaxCycle>();
        foreach (var lift in cycles.GroupBy(c => c.Lift))
        {
            decimal? previous = null;
            foreach (var cycle in lift.GroupBy(c => c.Start).Select(g => g.First()).OrderBy(c => c.Start))
            {
                result.Add(new TrainingMaxCycle(cycle.Lift, cycle.Start, cycle.TrainingMaxKg, previous is { } before && cycle.TrainingMaxKg < before));
                previous = cycle.TrainingMaxKg;
            }
        }

        return [.. result.OrderBy(c => c.Lift).ThenBy(c => c.Start)];
    }
}
