using HybridTrainer.Activities.Workouts;

namespace HybridTrainer.Activities.Tests.Workouts;

public class FitWorkoutReaderTests
{
    private static FitWorkout GarminSample => SampleWorkouts.ReadBack(Fixtures.Bytes("WorkoutIndividualSteps.fit"));

    [Fact]
    public void Read_GarminSdkWorkout_HasItsNameAndFourSteps()
    {
        var workout = GarminSample;

        workout.Name.ShouldBe("Example 1");
        workout.Sport.ShouldBe(WorkoutSport.Other); // the file names no sport
        workout.Steps.Count.ShouldBe(4);
        workout.Steps.ShouldAllBe(s => s is SingleStep);
    }

    [Fact]
    public void Read_GarminSdkWorkout_StepsAsTheSdkWroteThem()
    {
        var steps = GarminSample.Steps.Cast<SingleStep>().ToList();

        steps.Select(s => s.Name).ShouldBe(["_A_", "B1_", "B2_", "_C_"]);
        steps.Select(s => s.Intensity).ShouldBe([StepIntensity.Warmup, StepIntensity.Active, StepIntensity.Active, StepIntensity.Cooldown]);
        steps[0].Duration.ShouldBe(new StepDuration.Time(TimeSpan.FromMinutes(1)));
        steps[0].Target.ShouldBe(new StepTarget.HeartRateZone(2));
        steps[1].Duration.ShouldBe(new StepDuration.Distance(500));
        steps[1].Target.ShouldBe(new StepTarget.PowerZone(5));
        steps[2].Duration.ShouldBe(new StepDuration.Distance(500));
        steps[2].Target.ShouldBe(new StepTarget.PowerZone(3));
        steps[3].Duration.ShouldBe(new StepDuration.HeartRateBelow(125));
        steps[3].Target.ShouldBe(new StepTarget.PowerZone(1));
    }

    [Fact]
    public void Read_GarminSdkWorkout_GivesItsCreationTime()
    {
        var result = FitWorkoutReader.Read(Fixtures.Bytes("WorkoutIndividualSteps.fit")).ShouldBeOfType<WorkoutReadSuccess>();

        result.CreatedAt.ShouldBe(new DateTimeOffset(2009, 9, 9, 20, 38, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Read_GarminSdkWorkout_WritesAndReadsBackEqual()
    {
        var workout = GarminSample;

        SampleWorkouts.ReadBack(FitWorkoutWriter.Write(workout, SampleWorkouts.CreatedAt)).ShouldBe(workout);
    }

    [Fact]
    public void Read_ActivityFile_IsRefusedAsNotAWorkout()
    {
        var result = FitWorkoutReader.Read(Fixtures.Bytes("activity-small-fenix2-run.fit"));

        result.ShouldBeOfType<WorkoutReadFailure>().Reason.ShouldBe("This is not a workout: it is a FIT activity file.");
    }

    [Fact]
    public void Read_DamagedWorkout_IsRefusedByItsCrc()
    {
        var file = FitWorkoutWriter.Write(SampleWorkouts.SprintSeries, SampleWorkouts.CreatedAt);
        file[40] ^= 0x01;

        FitWorkoutReader.Read(file).ShouldBeOfType<WorkoutReadFailure>().Reason.ShouldContain("CRC");
    }

    [Fact]
    public void Read_TruncatedWorkout_IsRefused()
    {
        var file = FitWorkoutWriter.Write(SampleWorkouts.SprintSeries, SampleWorkouts.CreatedAt);

        FitWorkoutReader.Read(file.AsSpan(0, file.Length - 10)).ShouldBeOfType<WorkoutReadFailure>().Reason.ShouldContain("ends early");
    }

    [Fact]
    public void Read_RepeatThatPointsAtItself_IsRefused()
    {
        var file = FitWorkoutWriter.Write(SampleWorkouts.SprintSeries, SampleWorkouts.CreatedAt);
        // The repeat is the 4th step; its duration_value (the first step to repeat) is 1: make it 3.
        var patched = PatchRepeatStart(file, from: 1, to: 3);

        FitWorkoutReader.Read(patched).ShouldBeOfType<WorkoutReadFailure>().Reason.ShouldContain("repeats from step 4");
    }

    [Fact]
    public void Read_Empty_IsRefused()
    {
        FitWorkoutReader.Read([]).ShouldBeOfType<WorkoutReadFailure>();
    }

    /// <summary>Rewrites the repeat step's duration_value and fixes the file CRC, so only the meaning is wrong.</summary>
    private static byte[] PatchRepeatStart(byte[] file, uint from, uint to)
    {
        var patched = (byte[])file.Clone();
        // duration_type 6 (repeat) is followed by the little-endian duration_value.
        var pattern = new byte[] { 6, (byte)from, 0, 0, 0 };
        var at = patched.AsSpan().IndexOf(pattern);
        at.ShouldBeGreaterThan(0);
        patched[at + 1] = (byte)to;
        var crc = Crc16.Of(patched.AsSpan(0, patched.Length - 2));
        patched[^2] = (byte)crc;
        patched[^1] = (byte)(crc >> 8);
        return patched;
    }
}
