using static HybridTrainer.Activities.Workouts.WorkoutProfile;

namespace HybridTrainer.Activities.Workouts;

/// <summary>A read workout_step as a <see cref="SingleStep"/>; what the model does not name stays raw.</summary>
internal static class StepDecoding
{
    public static SingleStep Single(RawStep raw) =>
        new(Intensity(raw.Intensity), Duration(raw), Target(raw))
        {
            Name = raw.Name,
            Notes = raw.Notes,
            Exercise = double.IsNaN(raw.ExerciseCategory)
                ? null
                : new StrengthExercise((ExerciseCategory)raw.ExerciseCategory, double.IsNaN(raw.ExerciseName) ? null : (ushort)raw.ExerciseName),
            WeightKg = double.IsNaN(raw.Weight) ? null : raw.Weight / WeightScale,
        };

    private static StepDuration Duration(RawStep raw)
    {
        var value = raw.DurationValue;
        var known = !double.IsNaN(value);
        return raw.DurationType switch
        {
            double.NaN or WorkoutProfile.Duration.Open => new StepDuration.LapButton(),
            WorkoutProfile.Duration.Time when known => new StepDuration.Time(TimeSpan.FromMilliseconds((long)value)),
            WorkoutProfile.Duration.Distance when known => new StepDuration.Distance(value / DistanceScale),
            WorkoutProfile.Duration.Reps when known => new StepDuration.Reps((int)value),
            WorkoutProfile.Duration.HeartRateLessThan when value > HeartRateBpmOffset => new StepDuration.HeartRateBelow((int)(value - HeartRateBpmOffset)),
            WorkoutProfile.Duration.HeartRateGreaterThan when value > HeartRateBpmOffset => new StepDuration.HeartRateAbove((int)(value - HeartRateBpmOffset)),
            _ => new StepDuration.FitRaw((byte)raw.DurationType, Raw(value)),
        };
    }

    private static StepTarget Target(RawStep raw)
    {
        var custom = raw.TargetValue is 0 || double.IsNaN(raw.TargetValue);
        var zone = raw.TargetValue >= 1;
        return raw.TargetType switch
        {
            double.NaN or WorkoutProfile.Target.Open => new StepTarget.None(),
            WorkoutProfile.Target.Speed when custom && raw.Low >= 0 && raw.High >= 0 =>
                new StepTarget.Speed(raw.Low / SpeedScale, raw.High / SpeedScale),
            WorkoutProfile.Target.HeartRate when custom && raw.Low > HeartRateBpmOffset && raw.High > HeartRateBpmOffset =>
                new StepTarget.HeartRate((int)(raw.Low - HeartRateBpmOffset), (int)(raw.High - HeartRateBpmOffset)),
            WorkoutProfile.Target.HeartRate when zone => new StepTarget.HeartRateZone((int)raw.TargetValue),
            WorkoutProfile.Target.Power when zone => new StepTarget.PowerZone((int)raw.TargetValue),
            _ => new StepTarget.FitRaw((byte)raw.TargetType, Raw(raw.TargetValue), Optional(raw.Low), Optional(raw.High)),
        };
    }

    private static uint Raw(double value) => double.IsNaN(value) ? uint.MaxValue : (uint)value;

    private static uint? Optional(double value) => double.IsNaN(value) ? null : (uint)value;
}
