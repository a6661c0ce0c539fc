using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R22 Cycle progression: "After each ww = 4, TM goes up by +2.5 kg for bench and press and +5 kg for squat and
/// deadlift. Stall rule: if the week-3 top set fails its minimum reps, or the week-1/2 AMRAP gets fewer than the
/// prescribed reps, set that lift's TM to 0.90 × TM for the next cycle."
/// </summary>
public static class R22CycleProgression
{
    public const string Id = "R22";

    public const decimal UpperIncrementKg = 2.5m;

    public const decimal LowerIncrementKg = 5m;

    public const decimal StallFactor = 0.90m;

    /// <summary>[PRODUCT] AMRAPs logged in the 4 weeks before the start belong to the cycle just finished.</summary>
    public const int StallLookbackDays = 28;

    public static decimal IncrementFor(MainLift lift) =>
        lift is MainLift.BenchPress or MainLift.OverheadPress ? UpperIncrementKg : LowerIncrementKg;

    /// <summary>Training maxes for a programme week: one increment per completed 4-week wave.</summary>
    public static TrainingMaxes ForWeek(TrainingMaxes start, int programWeek)
    {
        var cycles = (programWeek - 1) / 4;
        return cycles == 0 ? start : Step(start, cycles);
    }

    public static TrainingMaxes Step(TrainingMaxes maxes, int cycles = 1) => new(
        maxes.Squat + (cycles * LowerIncrementKg),
        maxes.BenchPress + (cycles * UpperIncrementKg),
        maxes.Deadlift + (cycles * LowerIncrementKg),
        maxes.OverheadPress + (cycles * UpperIncrementKg));

    /// <summary>True when a logged AMRAP of the last cycle (before <paramref name="start"/>) missed its reps.</summary>
    public static bool HasStalled(MainLift lift, IReadOnlyList<AmrapResult> results, DateOnly start)
    {
        foreach (var result in results)
        {
            if (result.Lift == lift && result.Failed && result.Date < start && result.Date.DayNumber >= start.DayNumber - StallLookbackDays)
            {
                return true;
            }
        }

        return false;
    }
}
