using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Races;

/// <summary>Section G's worked check: marathon, 16 weeks, D = 5, base_weeks 40, 5 km 22:30 → VDOT 43.4.</summary>
public class WorkedCheckTests
{
    private static readonly TrainingBlock _plan = BlockGenerator.Generate(Builders.Races.WorkedCheck());

    // The specification's times are whole seconds, cut rather than rounded (3:34:42.6 is printed 3:34:42).
    private static string Clock(TimeSpan time) => TimeSpan.FromSeconds(Math.Floor(time.TotalSeconds)).ToString(@"h\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Vdot_FiveKm2230_Is43Point4() => _plan.Vdot!.Value.ShouldBe(43.4, 0.05);

    [Fact]
    public void Phases_SixteenWeekMarathon_BaseOneToSixBuildSevenToThirteenTaperFourteenToSixteen() =>
        _plan.Weeks.Select(w => w.Phase).ShouldBe([
            .. Enumerable.Repeat<TrainingPhase?>(TrainingPhase.Base, 6),
            .. Enumerable.Repeat<TrainingPhase?>(TrainingPhase.Build, 7),
            .. Enumerable.Repeat<TrainingPhase?>(TrainingPhase.Taper, 3)]);

    [Fact]
    public void BaseWeeks_ThirteenBeforeTheTaper_IsSix() => R32RacePhases.BaseWeeks(13).ShouldBe(6);

    [Fact]
    public void Prediction_Vdot43Point4_MatchesTheWorkedCheck()
    {
        var prediction = _plan.Race!.Prediction;
        Clock(prediction.Marathon).ShouldBe("3:34:42");
        Clock(prediction.HalfMarathon).ShouldBe("1:43:26");
        Clock(prediction.TenK).ShouldBe("0:46:39");
    }

    [Fact]
    public void ThresholdPace_Vdot43Point4_Is446PerKm() => _plan.Race!.ThresholdSecondsPerKm.ShouldBe((4 * 60) + 46);

    [Fact]
    public void MarathonPace_IsTheBandAt75To84PercentVdot() =>
        _plan.Race!.MarathonPace.ShouldBe(new PaceRange(Vdot.SecondsPerKmAt(_plan.Vdot!.Value, 0.84), Vdot.SecondsPerKmAt(_plan.Vdot!.Value, 0.75)));

    [Fact]
    public void LongRun_PeaksInWeeks11To13At150To180Minutes()
    {
        var longest = _plan.Sessions.Where(s => s.RunType == RunType.Long).MaxBy(s => s.DurationMinutes)!;
        longest.DurationMinutes.ShouldBeInRange(150, 180);
        _plan.Weeks.Single(w => w.Sessions.Contains(longest)).ProgramWeek.ShouldBeInRange(11, 13);
    }

    [Theory]
    [InlineData(14, 0.15, 0.30)]
    [InlineData(15, 0.30, 0.45)]
    [InlineData(16, 0.45, 0.60)]
    public void Taper_WeekCutsAgainstWeek13WithinItsRange(int week, double least, double most)
    {
        var before = _plan.Weeks[12].PlannedRunMinutes;
        var cut = 1 - (_plan.Weeks[week - 1].MinutesBesideRace() / (double)before);
        cut.ShouldBeInRange(least, most);
    }

    [Fact]
    public void RaceWeek_HoldsTheRaceOnRaceDayAtThePredictedTime()
    {
        var race = _plan.Weeks[15].Sessions.Single(s => s.RunType == RunType.Race);
        race.Date.ShouldBe(Builders.Races.WorkedCheckRaceDate);
        race.DurationMinutes.ShouldBe(215);
        race.PlannedRpe.ShouldBe(9);
    }

    [Fact]
    public void WorkedCheck_ChecksClean()
    {
        var violations = PlanChecker.Check(_plan, Builders.Races.WorkedCheckProfile);
        violations.ShouldBeEmpty(violations.Describe());
    }
}
