using static HybridTrainer.Activities.Workouts.WorkoutProfile;

namespace HybridTrainer.Activities.Workouts;

/// <summary>Durations, targets and weights as the raw, scaled FIT values of a workout_step.</summary>
internal static class StepEncoding
{
    public static (byte Type, uint Value) Duration(StepDuration duration) => duration switch
    {
        StepDuration.Time t => (WorkoutProfile.Duration.Time, Raw(t.Length.TotalSeconds * TimeScale, "time")),
        StepDuration.Distance d => (WorkoutProfile.Duration.Distance, Raw(d.Meters * DistanceScale, "distance")),
        StepDuration.LapButton => (WorkoutProfile.Duration.Open, 0),
        StepDuration.Reps r => (WorkoutProfile.Duration.Reps, Raw(r.Count, "reps")),
        StepDuration.HeartRateBelow h => (WorkoutProfile.Duration.HeartRateLessThan, Bpm(h.Bpm)),
        StepDuration.HeartRateAbove h => (WorkoutProfile.Duration.HeartRateGreaterThan, Bpm(h.Bpm)),
        StepDuration.FitRaw { DurationType: WorkoutProfile.Duration.RepeatUntilStepsComplete } or StepDuration.FitRaw { DurationType: byte.MaxValue }
            => throw new ArgumentException("Repeats are RepeatBlock steps, not raw durations.", nameof(duration)),
        StepDuration.FitRaw raw when WorkoutProfile.Duration.IsConditionalRepeat(raw.DurationType)
            => throw new ArgumentException("Repeats are RepeatBlock steps, not raw durations.", nameof(duration)),
        StepDuration.FitRaw raw => (raw.DurationType, raw.Value),
        _ => throw new ArgumentException($"Unknown step duration {duration?.GetType().Name ?? "null"}.", nameof(duration)),
    };

    /// <summary>
    /// Zones go in target_value; ranges in the custom low and high values with target_value 0. Unused values are 0, as
    /// in the FIT SDK's workout example.
    /// </summary>
    public static (byte? Type, uint? Value, uint? Low, uint? High) Target(StepTarget target) => target switch
    {
        StepTarget.None => (WorkoutProfile.Target.Open, 0, 0, 0),
        StepTarget.Speed s => (WorkoutProfile.Target.Speed, 0, Raw(s.LowMetersPerSecond * SpeedScale, "speed"), Raw(s.HighMetersPerSecond * SpeedScale, "speed")),
        StepTarget.HeartRate h => (WorkoutProfile.Target.HeartRate, 0, Bpm(h.LowBpm), Bpm(h.HighBpm)),
        StepTarget.HeartRateZone z => (WorkoutProfile.Target.HeartRate, Zone(z.Zone), 0, 0),
        StepTarget.PowerZone z => (WorkoutProfile.Target.Power, Zone(z.Zone), 0, 0),
        StepTarget.FitRaw raw => (raw.TargetType, raw.Value, raw.Low, raw.High),
        _ => throw new ArgumentException($"Unknown step target {target?.GetType().Name ?? "null"}.", nameof(target)),
    };

    public static ushort? Weight(double? kg) => kg switch
    {
        null => null,
        >= 0 and <= (ushort.MaxValue - 1) / WeightScale => (ushort)Math.Round(kg.Value * WeightScale),
        _ => throw new ArgumentOutOfRangeException(nameof(kg), kg, $"A FIT exercise weight is 0 to {(ushort.MaxValue - 1) / WeightScale} kg."),
    };

    private static uint Bpm(int bpm) => bpm is > 0 and < 1000
        ? (uint)bpm + HeartRateBpmOffset
        : throw new ArgumentOutOfRangeException(nameof(bpm), bpm, "A heart rate is a positive number of beats per minute.");

    // Zone 0 would mean "use the custom range" to a watch.
    private static uint Zone(int zone) => zone is > 0 and < 100
        ? (uint)zone
        : throw new ArgumentOutOfRangeException(nameof(zone), zone, "Zones are numbered from 1.");

    private static uint Raw(double scaled, string what)
    {
        var rounded = Math.Round(scaled);
        return rounded is >= 0 and < uint.MaxValue
            ? (uint)rounded
            : throw new ArgumentOutOfRangeException(what, scaled, $"The {what} of a step must be zero or more and fit a FIT field.");
    }
}
