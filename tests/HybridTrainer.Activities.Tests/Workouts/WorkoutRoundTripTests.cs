using HybridTrainer.Activities.Workouts;

namespace HybridTrainer.Activities.Tests.Workouts;

/// <summary>Every workout the writer produces reads back equal.</summary>
public class WorkoutRoundTripTests
{
    public static TheoryData<string> Sessions => ["easy run", "sprint series", "hill repeats", "strength"];

    private static FitWorkout Session(string name) => name switch
    {
        "easy run" => SampleWorkouts.EasyRun,
        "sprint series" => SampleWorkouts.SprintSeries,
        "hill repeats" => SampleWorkouts.HillRepeats,
        _ => SampleWorkouts.Strength,
    };

    [Theory]
    [MemberData(nameof(Sessions))]
    public void Write_ThenRead_GivesTheSameWorkout(string session)
    {
        var workout = Session(session);

        var read = SampleWorkouts.ReadBack(FitWorkoutWriter.Write(workout, SampleWorkouts.CreatedAt));

        read.ShouldBe(workout);
    }

    [Fact]
    public void Read_GivesBackTheTimeTheFileWasCreated()
    {
        var result = FitWorkoutReader.Read(FitWorkoutWriter.Write(SampleWorkouts.EasyRun, SampleWorkouts.CreatedAt));

        result.ShouldBeOfType<WorkoutReadSuccess>().CreatedAt.ShouldBe(SampleWorkouts.CreatedAt);
    }

    [Fact]
    public void EasyRun_PaceRangeIsHeldAsSpeedInMetresPerSecond()
    {
        var step = (SingleStep)SampleWorkouts.ReadBack(FitWorkoutWriter.Write(SampleWorkouts.EasyRun, SampleWorkouts.CreatedAt)).Steps[0];

        var speed = step.Target.ShouldBeOfType<StepTarget.Speed>();
        speed.LowMetersPerSecond.ShouldBe(2.667); // 6:15 /km
        speed.HighMetersPerSecond.ShouldBe(2.899); // 5:45 /km
    }

    [Fact]
    public void RepeatBlockInsideRepeatBlock_ReadsBackNested()
    {
        var workout = new FitWorkout("Pyramid sets", WorkoutSport.Running,
        [
            new RepeatBlock(2,
            [
                new RepeatBlock(3, [new SingleStep(StepIntensity.Interval, new StepDuration.Distance(400), new StepTarget.HeartRateZone(5))]),
                SampleWorkouts.Rest(TimeSpan.FromMinutes(4)),
            ]),
        ]);

        SampleWorkouts.ReadBack(FitWorkoutWriter.Write(workout, SampleWorkouts.CreatedAt)).ShouldBe(workout);
    }

    [Fact]
    public void RawDurationsAndTargets_ReadBackUnchanged()
    {
        var workout = new FitWorkout("Calories then cadence", WorkoutSport.Other,
        [
            new SingleStep(StepIntensity.Other, new StepDuration.FitRaw(4, 300), new StepTarget.FitRaw(3, 0, 170, 180)),
        ]);

        SampleWorkouts.ReadBack(FitWorkoutWriter.Write(workout, SampleWorkouts.CreatedAt)).ShouldBe(workout);
    }

    [Fact]
    public void Names_LongerThanAFitStringField_AreCutOnAWholeCharacter()
    {
        var name = new string('é', 200); // 400 bytes in UTF-8; a FIT string holds 254 and its null
        var workout = new FitWorkout(name, WorkoutSport.Running, [SampleWorkouts.Rest(TimeSpan.FromMinutes(1))]);

        SampleWorkouts.ReadBack(FitWorkoutWriter.Write(workout, SampleWorkouts.CreatedAt)).Name.ShouldBe(new string('é', 127));
    }
}
