using HybridTrainer.Domain.Adaptation;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Training;

/// <summary>The plan's warnings, R27's triggers and R26's line carry keys and invariant arguments, never sentences.</summary>
public class WarningReasonTests
{
    private static RecoveryEntry Entry(DateOnly date, double sleep = 8, int legs = 2, WellnessScores? wellness = null) =>
        new(date, sleep, legs, 2, wellness, null, null);

    [Fact]
    public void Generate_RetiredShoe_NamesTheShoeAndItsKilometresAsArguments() =>
        Plans.Generate(new ProfileBuilder().WithShoes(new Shoe("a", "Old Pegasus", ShoeKind.Cushioned, 812.6), new Shoe("b", "B", ShoeKind.Cushioned, 0), new Shoe("c", "C", ShoeKind.Minimalist, 0)).Build())
            .Warnings.ShouldContain(new PlanWarning(R29ShoeRetirement.Id, new Reason(ReasonKeys.WarningShoeRetired, "Old Pegasus", "813", "800")));

    [Fact]
    public void Generate_NoShoes_AsksForTwoPairs() =>
        Plans.Generate(new ProfileBuilder().WithShoes().Build())
            .Warnings.ShouldContain(new PlanWarning(R28ShoeRotation.Id, new Reason(ReasonKeys.WarningShoesNone)));

    [Theory]
    [InlineData(MainLift.Squat, ReasonKeys.WarningAmrapShortSquat)]
    [InlineData(MainLift.BenchPress, ReasonKeys.WarningAmrapShortBenchPress)]
    [InlineData(MainLift.Deadlift, ReasonKeys.WarningAmrapShortDeadlift)]
    [InlineData(MainLift.OverheadPress, ReasonKeys.WarningAmrapShortOverheadPress)]
    public void Generate_FailedAmrap_WarnsWithTheLiftsOwnKey(MainLift lift, string key)
    {
        var history = new TrainingHistory([], [], [new AmrapResult(lift, Plans.Monday.AddDays(-5), 3, 1)]);

        Plans.Generate(new ProfileBuilder().Build(), history: history).Warnings
            .Where(w => w.Rule == R22CycleProgression.Id).ShouldBe([new PlanWarning(R22CycleProgression.Id, new Reason(key))]);
    }

    [Fact]
    public void TriggersOn_ShortSleep_KeepsOneDecimalOnlyWhenThereIsOne()
    {
        var day = new DateOnly(2027, 3, 1);

        R27ReadinessDowngrade.TriggersOn(day, [Entry(day, sleep: 5.5)], null).Single().Reason
            .ShouldBe(new Reason(ReasonKeys.ReadinessShortSleep, "5.5", "6"));
        R27ReadinessDowngrade.TriggersOn(day, [Entry(day, sleep: 5)], null).Single().Reason
            .ShouldBe(new Reason(ReasonKeys.ReadinessShortSleep, "5", "6"));
    }

    [Fact]
    public void TriggersOn_SoreLegsAndLowWellness_OneReasonEachInTriggerOrder()
    {
        var day = new DateOnly(2027, 3, 1);

        var fired = R27ReadinessDowngrade.TriggersOn(day, [Entry(day, legs: 8, wellness: new WellnessScores(2, 2, 2, 2, 2))], null);

        fired.Select(f => f.Reason).ShouldBe([new Reason(ReasonKeys.ReadinessSoreLegs, "8"), new Reason(ReasonKeys.ReadinessLowWellness, "10")]);
    }

    [Fact]
    public void Propose_TwoTriggers_ProposalCarriesBothReasons()
    {
        var plan = Plans.Generate(new ProfileBuilder().Build());
        var sprints = plan.First(s => s.RunType == RunType.Interval);

        var proposal = ReadinessAdvisor.Propose(plan, [Entry(sprints.Date, sleep: 5, legs: 8)]).Single();

        proposal.Reasons.ShouldBe([new Reason(ReasonKeys.ReadinessShortSleep, "5", "6"), new Reason(ReasonKeys.ReadinessSoreLegs, "8")]);
    }

    [Theory]
    [InlineData(1990, ReasonKeys.SleepTargetAdult)]
    [InlineData(1961, ReasonKeys.SleepTargetAdult)]
    [InlineData(1960, ReasonKeys.SleepTargetOlderAdult)]
    public void SleepTarget_From65_SevenToEightHours(int birthYear, string key) =>
        R26SleepTarget.For(birthYear, new DateOnly(2025, 1, 6)).ShouldBe(new Reason(key));
}
