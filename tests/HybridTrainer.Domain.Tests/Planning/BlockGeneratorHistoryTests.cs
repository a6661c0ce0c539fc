using System.Text.Json;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Planning;

public class BlockGeneratorHistoryTests
{
    [Fact]
    public void Generate_LoadJumpsFarAboveHistory_LightensWeekWithR17Warning()
    {
        var history = new TrainingHistory([300, 300, 300], [], []);

        var plan = Plans.Generate(new ProfileBuilder().Build(), history: history);

        plan.Weeks[0].Sessions.ShouldNotContain(s => s.HardOnLegs);
        plan.Warnings.ShouldContain(w => w.Rule == "R17");
    }

    [Fact]
    public void Generate_HistoryNearPlan_NoR17Warning() =>
        Plans.Generate(new ProfileBuilder().Build(), history: new TrainingHistory([1700, 1750, 1800], [], []))
            .Warnings.ShouldNotContain(w => w.Rule == "R17");

    [Fact]
    public void Generate_RecentRunMinutesLow_WarnsAboutRise()
    {
        var plan = Plans.Generate(new ProfileBuilder().Build(), history: new TrainingHistory([], [30], []));

        plan.Warnings.ShouldContain(w => w.Rule == "R16");
    }

    [Fact]
    public void Generate_RecentRunMinutes_FirstWeekWithinTenPercent() =>
        Plans.Generate(new ProfileBuilder().Build(), history: new TrainingHistory([], [150], [])).Weeks[0].PlannedRunMinutes.ShouldBeLessThanOrEqualTo(165);

    [Fact]
    public void Generate_FailedSquatAmrap_SquatTrainingMaxDropsTenPercent()
    {
        var history = new TrainingHistory([], [], [new AmrapResult(MainLift.Squat, Plans.Monday.AddDays(-5), 3, 1)]);

        var plan = Plans.Generate(new ProfileBuilder().Build(), history: history);

        plan.TrainingMaxes.Squat.ShouldBe(0.9m * 126m);
        plan.TrainingMaxes.Deadlift.ShouldBe(162m);
        plan.Warnings.ShouldContain(w => w.Rule == "R22");
    }

    [Fact]
    public void Generate_PreviousWaveCompleted_StartsOneStepAbovePreviousMaxes()
    {
        var history = TrainingHistory.Empty with { PreviousTrainingMaxes = new TrainingMaxes(126, 90, 162, 54), PreviousWaveCompleted = true };

        Plans.Generate(new ProfileBuilder().Build(), history: history).TrainingMaxes.ShouldBe(new TrainingMaxes(131, 92.5m, 167, 56.5m));
    }

    [Fact]
    public void Generate_TwoIntervalSessionsAlreadyDone_ThirdHasSevenReps()
    {
        var history = TrainingHistory.Empty with { IntervalSessionsDone = 2 };

        Plans.Generate(new ProfileBuilder().Build(), history: history).Weeks[0].Sessions
            .Single(s => s.RunType == RunType.Interval).Run!.Repetitions.ShouldBe(7);
    }

    [Fact]
    public void Generate_SameRequestTwice_SameBlock()
    {
        var request = new BlockRequest(new ProfileBuilder().Build(), Plans.Monday, 12, new TrainingHistory([1500, 1600, 1700], [100, 110], []));

        JsonSerializer.Serialize(BlockGenerator.Generate(request)).ShouldBe(JsonSerializer.Serialize(BlockGenerator.Generate(request)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public void Generate_WeeksOutsideOneToSixteen_Throws(int weeks) =>
        Should.Throw<ArgumentOutOfRangeException>(() => BlockGenerator.Generate(new BlockRequest(new ProfileBuilder().Build(), Plans.Monday, weeks)));

    [Fact]
    public void Generate_TwoAvailableDays_Throws() =>
        Should.Throw<ArgumentException>(() => Plans.Generate(new ProfileBuilder().WithDays(DayOfWeek.Monday, DayOfWeek.Monday, DayOfWeek.Friday).Build()));
}
