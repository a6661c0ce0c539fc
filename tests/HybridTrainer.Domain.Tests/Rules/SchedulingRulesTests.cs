using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Rules;

public class SchedulingRulesTests
{
    [Theory]
    [InlineData(3, true, 2, 1, 0, 0, 3)]
    [InlineData(4, true, 2, 1, 1, 0, 4)]
    [InlineData(4, false, 2, 2, 0, 0, 4)]
    [InlineData(5, true, 2, 1, 1, 1, 5)]
    [InlineData(5, false, 2, 2, 0, 1, 5)]
    [InlineData(6, true, 3, 1, 1, 1, 6)]
    [InlineData(7, true, 3, 1, 1, 1, 6)]
    [InlineData(7, false, 3, 2, 0, 1, 6)]
    public void For_AvailableDays_MatchesR2Table(int days, bool eligible, int lifts, int steady, int quality, int recovery, int trainingDays) =>
        R02SessionAllocation.For(days, eligible).ShouldBe(new WeeklyAllocation(lifts, steady, quality, recovery, trainingDays));

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void For_DaysOutsideThreeToSeven_Throws(int days) =>
        Should.Throw<ArgumentOutOfRangeException>(() => R02SessionAllocation.For(days, true));

    [Theory]
    [InlineData(3, 1, false)]
    [InlineData(3, 2, true)]
    [InlineData(0, 4, false)]
    [InlineData(0, 5, true)]
    public void QualityRunsAllowed_BaseGrowsWeekByWeek_OpensAtFourWeeks(int baseWeeks, int programWeek, bool allowed) =>
        R01NoviceGate.QualityRunsAllowed(baseWeeks, programWeek).ShouldBe(allowed);

    [Theory]
    [InlineData(1, RunType.Interval)]
    [InlineData(2, RunType.Hill)]
    [InlineData(7, RunType.Interval)]
    public void QualityRunFor_ProgramWeek_AlternatesOddIntervalEvenHill(int week, RunType expected) =>
        R03AlternatingQualityRun.QualityRunFor(week).ShouldBe(expected);

    [Theory]
    [InlineData(0b0010101, true)]
    [InlineData(0b1000001, false)]
    [InlineData(0b0000011, false)]
    [InlineData(0b1001001, false)]
    [InlineData(0b0100101, true)]
    public void IsSpacedCyclically_DayMask_SundayWrapsToMonday(int mask, bool spaced) =>
        R05HardEasySpacing.IsSpacedCyclically(mask).ShouldBe(spaced);

    [Theory]
    [InlineData(RunType.Interval, null, false, true)]
    [InlineData(RunType.Steady, null, false, false)]
    [InlineData(null, LiftFocus.Upper, false, false)]
    [InlineData(null, LiftFocus.Lower, false, true)]
    [InlineData(null, LiftFocus.FullBody, true, false)]
    public void IsHardOnLegs_SessionType_FollowsDefinitionOfH(RunType? run, LiftFocus? focus, bool deload, bool hard) =>
        R05HardEasySpacing.IsHardOnLegs(run is null ? SessionKind.Lift : SessionKind.Run, run, focus, deload).ShouldBe(hard);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(5, 1)]
    [InlineData(16, 4)]
    public void WaveWeek_ProgramWeek_CyclesOneToFour(int programWeek, int waveWeek) =>
        R24Deload.WaveWeek(programWeek).ShouldBe(waveWeek);
}
