using HybridTrainer.Activities.Workouts;

namespace HybridTrainer.Activities.Tests.Workouts;

/// <summary>The sessions the planner sends to a watch, as workouts.</summary>
internal static class SampleWorkouts
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 11, 23, 6, 30, 0, TimeSpan.Zero);

    public static FitWorkout EasyRun => new("Easy 40 min", WorkoutSport.Running,
    [
        new SingleStep(StepIntensity.Active, new StepDuration.Time(TimeSpan.FromMinutes(40)),
            StepTarget.Speed.FromPace(TimeSpan.FromSeconds(6 * 60 + 15), TimeSpan.FromSeconds(5 * 60 + 45))) { Name = "Easy" },
    ]);

    public static FitWorkout SprintSeries => new("6 x 200 m", WorkoutSport.Running,
    [
        new SingleStep(StepIntensity.Warmup, new StepDuration.Time(TimeSpan.FromMinutes(15)), new StepTarget.None()) { Name = "Warm-up" },
        new RepeatBlock(6,
        [
            new SingleStep(StepIntensity.Interval, new StepDuration.Distance(200), new StepTarget.Speed(6.061, 6.667)) { Name = "200 m fast" },
            new SingleStep(StepIntensity.Rest, new StepDuration.Time(TimeSpan.FromMinutes(2)), new StepTarget.None())
            {
                Name = "Walk back",
                Notes = "Walk or jog slowly; start the next one when ready.",
            },
        ]),
        new SingleStep(StepIntensity.Cooldown, new StepDuration.LapButton(), new StepTarget.None()) { Name = "Cool-down" },
    ]);

    public static FitWorkout HillRepeats => new("Hill repeats", WorkoutSport.Running,
    [
        new SingleStep(StepIntensity.Warmup, new StepDuration.Distance(2000), new StepTarget.HeartRate(120, 145)),
        new RepeatBlock(8,
        [
            new SingleStep(StepIntensity.Interval, new StepDuration.Time(TimeSpan.FromSeconds(75)), new StepTarget.HeartRateZone(4)) { Name = "Uphill" },
            new SingleStep(StepIntensity.Recovery, new StepDuration.HeartRateBelow(130), new StepTarget.None()) { Name = "Jog down" },
        ]),
        new SingleStep(StepIntensity.Cooldown, new StepDuration.Time(TimeSpan.FromMinutes(10)), new StepTarget.HeartRate(110, 135)),
    ]);

    public static FitWorkout Strength => new("Lower body A", WorkoutSport.Strength,
    [
        new RepeatBlock(5,
        [
            Set(StrengthExercise.BarbellBackSquat, 5, 100),
            Rest(TimeSpan.FromMinutes(3)),
        ]),
        new RepeatBlock(3,
        [
            Set(StrengthExercise.RomanianDeadlift, 8, 82.5),
            Rest(TimeSpan.FromSeconds(90)),
        ]),
        new SingleStep(StepIntensity.Active, new StepDuration.Reps(12), new StepTarget.None())
        {
            Name = "Walking lunges",
            Exercise = new StrengthExercise(ExerciseCategory.Lunge, null),
        },
    ]);

    public static SingleStep Set(StrengthExercise exercise, int reps, double kg) =>
        new(StepIntensity.Active, new StepDuration.Reps(reps), new StepTarget.None()) { Exercise = exercise, WeightKg = kg };

    public static SingleStep Rest(TimeSpan length) => new(StepIntensity.Rest, new StepDuration.Time(length), new StepTarget.None());

    public static FitWorkout ReadBack(byte[] file) =>
        FitWorkoutReader.Read(file) switch
        {
            WorkoutReadSuccess success => success.Workout,
            WorkoutReadFailure failure => throw new ShouldAssertException($"The workout was refused: {failure.Reason}"),
            var other => throw new ShouldAssertException($"Unexpected result {other}"),
        };
}
