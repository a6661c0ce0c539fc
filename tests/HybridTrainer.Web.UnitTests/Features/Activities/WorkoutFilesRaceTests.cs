using HybridTrainer.Activities.Workouts;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Sessions;

namespace HybridTrainer.Web.UnitTests.Features.Activities;

/// <summary>Race-block runs on the watch: the long run's race-pace segment and the shakeout's strides are steps of their own.</summary>
public class WorkoutFilesRaceTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void For_LongRunWithRacePace_IsEasyRunningThenTheSegmentAtRacePace()
    {
        var stored = RaceSessions.LongRun(Guid.NewGuid(), Monday);
        var run = stored.Prescription.Run!;

        var steps = WorkoutFiles.For(SessionViews.Of(stored)).Steps;

        steps.Count.ShouldBe(2);
        steps[0].ShouldBeOfType<SingleStep>().Duration.ShouldBe(new StepDuration.Time(TimeSpan.FromMinutes(stored.DurationMinutes - run.RacePaceMinutes!.Value)));
        var segment = steps[1].ShouldBeOfType<SingleStep>();
        segment.Duration.ShouldBe(new StepDuration.Time(TimeSpan.FromMinutes(run.RacePaceMinutes.Value)));
        segment.Target.ShouldBe(StepTarget.Speed.FromPace(TimeSpan.FromSeconds(run.RacePaceSlowSecondsPerKm!.Value), TimeSpan.FromSeconds(run.RacePaceFastSecondsPerKm!.Value)));
    }

    [Fact]
    public void For_Shakeout_IsEasyRunningThenFourStrides()
    {
        var stored = RaceSessions.Stored(RaceSessions.RaceWeek, Guid.NewGuid(), Monday).Single(s => s.RunType == RunType.Shakeout);

        var steps = WorkoutFiles.For(SessionViews.Of(stored)).Steps;

        steps[0].ShouldBeOfType<SingleStep>().Duration.ShouldBeOfType<StepDuration.Time>().Length.ShouldBeGreaterThan(TimeSpan.FromMinutes(10));
        var strides = steps[1].ShouldBeOfType<RepeatBlock>();
        strides.Count.ShouldBe(4);
        strides.Steps[0].ShouldBeOfType<SingleStep>().Duration.ShouldBe(new StepDuration.Time(TimeSpan.FromSeconds(20)));
    }

    [Theory]
    [InlineData(RunType.Race)]
    [InlineData(RunType.Tempo)]
    [InlineData(RunType.Recovery)]
    [InlineData(RunType.Shakeout)]
    public void Write_EveryRaceWeekRun_MakesAFile(RunType type)
    {
        var stored = RaceSessions.Stored(RaceSessions.RaceWeek, Guid.NewGuid(), Monday).First(s => s.RunType == type);

        WorkoutFiles.Write(SessionViews.Of(stored)).Length.ShouldBeGreaterThan(0);
    }
}
