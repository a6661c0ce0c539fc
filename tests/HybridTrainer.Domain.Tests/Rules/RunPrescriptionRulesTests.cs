using HybridTrainer.Domain.Rules;

namespace HybridTrainer.Domain.Tests.Rules;

public class RunPrescriptionRulesTests
{
    [Theory]
    [InlineData(46, 150)]
    [InlineData(92, 285)]
    [InlineData(20, 90)]
    public void RestFor_RepSeconds_AtLeastThreeTimesAndNinetySeconds(int repSeconds, int expected) =>
        R11NearCompleteRest.RestFor(repSeconds).ShouldBe(expected);

    [Theory]
    [InlineData(46, 137, false)]
    [InlineData(46, 138, true)]
    [InlineData(92, 275, false)]
    [InlineData(92, 276, true)]
    [InlineData(20, 89, false)]
    public void IsEnough_RestAgainstRep_NeedsThreeTimesTheRepAndNinetySeconds(int repSeconds, int rest, bool enough) =>
        R11NearCompleteRest.IsEnough(repSeconds, rest).ShouldBe(enough);

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 6)]
    [InlineData(3, 7)]
    [InlineData(4, 8)]
    [InlineData(20, 8)]
    public void RepetitionsFor_IntervalSessionNumber_SixForFirstTwoThenUpToEight(int number, int reps) =>
        R10SeriesCount.RepetitionsFor(number).ShouldBe(reps);

    [Theory]
    [InlineData(1, 6, 45)]
    [InlineData(2, 7, 45)]
    [InlineData(5, 8, 60)]
    public void RepetitionsFor_HillSessionNumber_FirstHasSixWithinRange(int number, int reps, int seconds)
    {
        R12HillRepeats.RepetitionsFor(number).ShouldBe(reps);
        R12HillRepeats.RepetitionSecondsFor(number).ShouldBe(seconds);
    }

    [Fact]
    public void RepetitionSeconds_RPace247For200m_RoundsDownToStayAtOrUnderRPace() =>
        R09SeriesDistance.RepetitionSeconds(247, 200).ShouldBe(49);

    [Fact]
    public void PacesFor_AnyVdot_RecoveryNeverFasterThanSlowEndOfSteady()
    {
        for (var vdot = 25.0; vdot <= 85; vdot += 0.5)
        {
            var paces = R15EasyRunPrescription.PacesFor(vdot);
            paces.Recovery.FastSecondsPerKm.ShouldBeGreaterThanOrEqualTo(paces.Steady.SlowSecondsPerKm);
        }
    }

    [Theory]
    [InlineData(100, 110, 130)]
    [InlineData(95, 104, 123)]
    public void Limits_PreviousMinutes_TenPercentDefaultThirtyPercentHard(int previous, int soft, int hard)
    {
        R16VolumeProgression.DefaultLimit(previous).ShouldBe(soft);
        R16VolumeProgression.HardLimit(previous).ShouldBe(hard);
    }
}
