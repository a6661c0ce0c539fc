using CsCheck;
using HybridTrainer.Activities.Workouts;

namespace HybridTrainer.Activities.Tests.Workouts;

/// <summary>Random valid workouts, with values at the resolution FIT stores, read back equal.</summary>
public class WorkoutPropertyTests
{
    private static readonly Gen<string?> Text =
        Gen.Frequency((1, Gen.Const((string?)null)), (3, Gen.String[Gen.Char["a-zA-Z0-9 éü×:'-"], 1, 40].Select(s => (string?)s)));

    private static readonly Gen<StepDuration> Duration = Gen.OneOf<StepDuration>(
        Gen.Int[0, 4 * 3600 * 1000].Select(ms => (StepDuration)new StepDuration.Time(TimeSpan.FromMilliseconds(ms))),
        Gen.Int[0, 5_000_000].Select(cm => (StepDuration)new StepDuration.Distance(cm / 100.0)),
        Gen.Const<StepDuration>(new StepDuration.LapButton()),
        Gen.Int[1, 100].Select(reps => (StepDuration)new StepDuration.Reps(reps)),
        Gen.Int[40, 220].Select(bpm => (StepDuration)new StepDuration.HeartRateBelow(bpm)),
        Gen.Int[40, 220].Select(bpm => (StepDuration)new StepDuration.HeartRateAbove(bpm)));

    private static readonly Gen<StepTarget> Target = Gen.OneOf<StepTarget>(
        Gen.Const<StepTarget>(new StepTarget.None()),
        Gen.Select(Gen.Int[500, 10_000], Gen.Int[0, 2000], (low, width) => (StepTarget)new StepTarget.Speed(low / 1000.0, (low + width) / 1000.0)),
        Gen.Select(Gen.Int[40, 200], Gen.Int[0, 40], (low, width) => (StepTarget)new StepTarget.HeartRate(low, low + width)),
        Gen.Int[1, 5].Select(zone => (StepTarget)new StepTarget.HeartRateZone(zone)),
        Gen.Int[1, 7].Select(zone => (StepTarget)new StepTarget.PowerZone(zone)));

    private static readonly Gen<StrengthExercise?> Exercise = Gen.Frequency(
        (2, Gen.Const((StrengthExercise?)null)),
        (1, Gen.Select(Gen.Int[0, 32], Gen.Int[0, 100], Gen.Bool,
            (category, name, named) => (StrengthExercise?)new StrengthExercise((ExerciseCategory)category, named ? (ushort)name : null))));

    private static readonly Gen<WorkoutStep> Single =
        from intensity in Gen.Enum<StepIntensity>()
        from duration in Duration
        from target in Target
        from name in Text
        from notes in Text
        from exercise in Exercise
        from weight in Gen.Int[0, 50_000]
        from weighted in Gen.Bool
        select (WorkoutStep)new SingleStep(intensity, duration, target)
        {
            Name = name,
            Notes = notes,
            Exercise = exercise,
            WeightKg = weighted ? weight / 100.0 : null,
        };

    private static readonly Gen<WorkoutStep> Block =
        from count in Gen.Int[1, 30]
        from steps in Gen.OneOf(Single, Single.List[1, 3].Select(inner => (WorkoutStep)new RepeatBlock(2, inner))).List[1, 4]
        select (WorkoutStep)new RepeatBlock(count, steps);

    private static readonly Gen<FitWorkout> Workout =
        from name in Gen.String[Gen.Char["a-zA-Z0-9 ×-"], 0, 30]
        from sport in Gen.Enum<WorkoutSport>()
        from steps in Gen.Frequency((3, Single), (1, Block)).List[1, 12]
        select new FitWorkout(name, sport, steps);

    [Fact]
    public void AnyValidWorkout_ReadsBackEqual() =>
        Workout.Sample(workout =>
            SampleWorkouts.ReadBack(FitWorkoutWriter.Write(workout, SampleWorkouts.CreatedAt)).ShouldBe(workout), iter: 2000);

    [Fact]
    public void AnyValidWorkout_IsRefusedByTheActivityDecoder() =>
        Workout.Sample(workout =>
            ActivityDecoder.Decode("plan.fit", FitWorkoutWriter.Write(workout, SampleWorkouts.CreatedAt)).ShouldBeOfType<DecodeFailure>(), iter: 200);
}
