using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Progress;

public class RunningProgressTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Fact]
    public void RunningWeeks_SumsByTypeAndKeepsEmptyWeeks()
    {
        var weeks = RunningWeeks.From(
            [new(Monday, RunType.Steady, 8, 45), new(Monday.AddDays(2), RunType.Steady, 6, 35), new(Monday.AddDays(6), RunType.Long, 16, 95), new(Monday.AddDays(14), null, 5, 30)],
            Monday, 3);

        weeks.Count.ShouldBe(3);
        weeks[0].KilometresByType["Steady"].ShouldBe(14m);
        (weeks[0].Kilometres, weeks[0].Minutes, weeks[0].LongestRunKm).ShouldBe((30m, 175, 16m));
        weeks[1].Kilometres.ShouldBe(0m);
        weeks[2].KilometresByType[RunningWeeks.Unplanned].ShouldBe(5m);
    }

    [Fact]
    public void EasyPace_OnlyRunsInTheBandAndLongEnough_CountPerWeek()
    {
        var pace = EasyPaceAtHeartRate.Weekly(
            [new(Monday, 10, 3300, 140), new(Monday.AddDays(1), 5, 1500, 138), new(Monday.AddDays(2), 5, 1200, 170), new(Monday.AddDays(3), 1, 300, 140)],
            130, 150);

        pace.ShouldBe([new DatedValue(Monday, 320m)]);
    }

    [Fact]
    public void TrainingMaxCycles_ALowerMaxThanTheCycleBefore_IsAStall()
    {
        var cycles = TrainingMaxCycles.From([(Monday, MainLift.Squat, 120m), (Monday.AddDays(28), MainLift.Squat, 125m), (Monday.AddDays(56), MainLift.Squat, 112.5m)]);

        cycles.Select(c => c.Stalled).ShouldBe([false, false, true]);
    }
}
