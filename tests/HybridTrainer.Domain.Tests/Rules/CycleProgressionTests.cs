using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Rules;

public class CycleProgressionTests
{
    private static readonly TrainingMaxes _start = new(126, 90, 162, 54);
    private static readonly DateOnly _blockStart = new(2026, 11, 23);

    [Fact]
    public void ForWeek_AfterFirstDeload_AddsFiveLowerAndTwoAndAHalfUpper() =>
        R22CycleProgression.ForWeek(_start, 5).ShouldBe(new TrainingMaxes(131, 92.5m, 167, 56.5m));

    [Fact]
    public void ForWeek_InsideFirstWave_KeepsStartingMaxes() =>
        R22CycleProgression.ForWeek(_start, 4).ShouldBe(_start);

    [Fact]
    public void MainSets_SquatAfterProgression_MatchesWorkedExample() =>
        R20WeekPercentages.MainSets(1, R22CycleProgression.ForWeek(_start, 5).Squat)
            .Select(s => s.WeightKg).ShouldBe([85m, 97.5m, 112.5m]);

    [Fact]
    public void HasStalled_AmrapShortOfPrescribedReps_IsTrue() =>
        R22CycleProgression.HasStalled(MainLift.Squat, [new AmrapResult(MainLift.Squat, _blockStart.AddDays(-10), 5, 4)], _blockStart).ShouldBeTrue();

    [Fact]
    public void HasStalled_WeekThreeSingleMade_IsFalse() =>
        R22CycleProgression.HasStalled(MainLift.Squat, [new AmrapResult(MainLift.Squat, _blockStart.AddDays(-10), 1, 1)], _blockStart).ShouldBeFalse();

    [Fact]
    public void HasStalled_FailureOfAnotherLift_IsFalse() =>
        R22CycleProgression.HasStalled(MainLift.Deadlift, [new AmrapResult(MainLift.Squat, _blockStart.AddDays(-10), 5, 2)], _blockStart).ShouldBeFalse();

    [Fact]
    public void HasStalled_FailureBeforeLastCycle_IsFalse() =>
        R22CycleProgression.HasStalled(MainLift.Squat, [new AmrapResult(MainLift.Squat, _blockStart.AddDays(-60), 5, 2)], _blockStart).ShouldBeFalse();
}
