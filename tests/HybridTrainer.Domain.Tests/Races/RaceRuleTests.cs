using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Races;

/// <summary>R31–R39 one by one: the numbers of each rule and the checker catching a hand edit that breaks it.</summary>
public class RaceRuleTests
{
    private static readonly TrainingBlock _marathon = BlockGenerator.Generate(Builders.Races.WorkedCheck());
    private static readonly TrainingBlock _tenK = Builders.Races.Generate(RaceDistance.TenK, 10);

    private static IEnumerable<string> Rules(TrainingBlock plan) => PlanChecker.Check(plan, Builders.Races.WorkedCheckProfile).Rules();

    [Theory]
    [InlineData(RaceDistance.FiveK, 6)]
    [InlineData(RaceDistance.TenK, 8)]
    [InlineData(RaceDistance.HalfMarathon, 10)]
    [InlineData(RaceDistance.Marathon, 12)]
    public void R31_MinimumWeeksPerDistance(RaceDistance distance, int weeks) => R31RaceBlockLength.MinWeeks(distance).ShouldBe(weeks);

    [Fact]
    public void R31_RaceTooSoon_RefusedNamingTheLatestStart()
    {
        var race = new RaceGoal(RaceDistance.Marathon, Builders.Races.Start.AddDays(10 * 7));
        var refusal = R31RaceBlockLength.Refusal(Builders.Races.WorkedCheckProfile, Builders.Races.Start, race);
        refusal.ShouldBe(new Reason(ReasonKeys.RaceTooSoonMarathon, "12", "11", R31RaceBlockLength.LatestStart(race).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Should.Throw<ArgumentException>(() => BlockGenerator.Generate(BlockRequest.ForRace(Builders.Races.WorkedCheckProfile, Builders.Races.Start, race)));
    }

    [Fact]
    public void R31_RaceTooFar_RefusedNamingTheEarliestStart()
    {
        var race = new RaceGoal(RaceDistance.FiveK, Builders.Races.Start.AddDays(30 * 7));
        var refusal = R31RaceBlockLength.Refusal(Builders.Races.WorkedCheckProfile, Builders.Races.Start, race);
        refusal.ShouldBe(new Reason(ReasonKeys.RaceTooFar, "31", "24", R31RaceBlockLength.EarliestStart(race).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        R31RaceBlockLength.WeeksUntil(R31RaceBlockLength.EarliestStart(race), race.RaceDate).ShouldBe(24);
    }

    [Fact]
    public void R31_HalfMarathonOnFourDays_RefusedAskingForOneMoreDay()
    {
        var profile = new ProfileBuilder().WithDays(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Sunday).Build();
        var refusal = R31RaceBlockLength.Refusal(profile, Builders.Races.Start, new RaceGoal(RaceDistance.HalfMarathon, Builders.Races.Start.AddDays(12 * 7)));
        refusal.ShouldBe(new Reason(ReasonKeys.RaceFewRunsHalfMarathonOne, "3", "5", "1"));
    }

    [Fact]
    public void R39_NoFiveKmTime_RefusedAskingForARecentRace()
    {
        var profile = new ProfileBuilder().WithFiveKm(null).Build();
        var request = BlockRequest.ForRace(profile, Builders.Races.Start, new RaceGoal(RaceDistance.TenK, Builders.Races.Start.AddDays(9 * 7)));
        BlockGenerator.RefusalFor(request).ShouldBe(new Reason(ReasonKeys.RaceNeedsFiveKmTime));
    }

    [Fact]
    public void OpenBlock_IsNeverRefusedAndHasNoPhasesOrRace()
    {
        var request = new BlockRequest(Builders.Races.WorkedCheckProfile, Builders.Races.Start, 4);
        BlockGenerator.RefusalFor(request).ShouldBeNull();
        var plan = BlockGenerator.Generate(request);
        plan.Race.ShouldBeNull();
        plan.Weeks.ShouldAllBe(w => w.Phase == null);
    }

    [Theory]
    [InlineData(RaceDistance.FiveK, 1)]
    [InlineData(RaceDistance.TenK, 1)]
    [InlineData(RaceDistance.HalfMarathon, 2)]
    [InlineData(RaceDistance.Marathon, 3)]
    public void R32_TaperWeeksPerDistance(RaceDistance distance, int weeks) => R32RacePhases.TaperWeeks(distance).ShouldBe(weeks);

    [Fact]
    public void R32_ShortBlock_KeepsAtLeastTwoBaseWeeks() => R32RacePhases.BaseWeeks(3).ShouldBe(2);

    [Fact]
    public void R32_WrongPhaseOnAWeek_Reported() => Rules(_marathon.WithPhase(8, TrainingPhase.Base)).ShouldContain(R32RacePhases.Id);

    [Fact]
    public void R33_LongRunOf75Minutes_IsHardOnLegs()
    {
        R05HardEasySpacing.IsHardOnLegs(SessionKind.Run, RunType.Long, null, false, 75).ShouldBeTrue();
        R05HardEasySpacing.IsHardOnLegs(SessionKind.Run, RunType.Long, null, false, 70).ShouldBeFalse();
    }

    [Fact]
    public void R33_LongRunOver3Hours_Reported() =>
        Rules(_marathon.Change(s => s.RunType == RunType.Long && s.DurationMinutes >= 150, s => s with { DurationMinutes = 190 })).ShouldContain(R33LongRun.Id);

    [Fact]
    public void R33_LongRunGrowingBy30Minutes_Reported()
    {
        var first = _marathon.First(s => s.RunType == RunType.Long);
        Rules(_marathon.Change(s => s.RunType == RunType.Long && s.Date > first.Date, s => s with { DurationMinutes = first.DurationMinutes + 30 })).ShouldContain(R33LongRun.Id);
    }

    [Fact]
    public void R33_LongRunsOf90MinutesCarryTheFuellingNote() =>
        _marathon.Sessions.Where(s => s.RunType == RunType.Long && s.DurationMinutes >= 90).ShouldAllBe(s => s.Run!.FuellingNote == R33LongRun.FuellingNote);

    [Fact]
    public void R33_LongRunWithoutItsFuellingNote_Reported() =>
        Rules(_marathon.Change(s => s.RunType == RunType.Long && s.DurationMinutes >= 90, s => s with { Run = s.Run! with { FuellingNote = null } })).ShouldContain(R33LongRun.Id);

    [Fact]
    public void R33_PlateauReachingIntoThePeakWindow_NotReported()
    {
        var taperStart = _tenK.Weeks.Count - R32RacePhases.TaperWeeks(RaceDistance.TenK);
        var flat = _tenK.Change(s => s.RunType == RunType.Long && s.Date < _tenK.Weeks[taperStart].StartDate, s => s with { DurationMinutes = 45 });
        Rules(flat).ShouldNotContain(R33LongRun.Id);
    }

    [Fact]
    public void R33_LongestRunOnlyInTheFirstWeek_Reported()
    {
        var first = _tenK.First(s => s.RunType == RunType.Long);
        Rules(_tenK.Change(s => s.RunType == RunType.Long && s.Date > first.Date, s => s with { DurationMinutes = Math.Min(s.DurationMinutes, first.DurationMinutes) - 5 }))
            .ShouldContain(R33LongRun.Id);
    }

    [Fact]
    public void R17_RaceAfterLightWeeks_LongRunGivesWayAndTheBlockChecksClean()
    {
        var history = new TrainingHistory([300, 300, 300], [60, 60, 60], []);
        var request = Builders.Races.WorkedCheck() with { History = history };
        var plan = BlockGenerator.Generate(request);

        plan.Weeks[0].Sessions.Single(s => s.RunType == RunType.Long).DurationMinutes
            .ShouldBeLessThan(_marathon.Weeks[0].Sessions.Single(s => s.RunType == RunType.Long).DurationMinutes);
        plan.Warnings.ShouldContain(w => w.Rule == R17AcuteChronicRatio.Id);
        PlanChecker.Check(plan, request.Profile, history).ShouldBeEmpty();
    }

    [Fact]
    public void R34_MarathonBuild_HasTempoRunsAndMarathonPaceLongRuns()
    {
        var build = _marathon.Weeks.Where(w => w.Phase == TrainingPhase.Build).SelectMany(w => w.Sessions).ToList();
        build.ShouldContain(s => s.RunType == RunType.Tempo);
        build.ShouldContain(s => s.RunType == RunType.Long && s.Run!.RacePaceMinutes >= 20);
        _marathon.Weeks.Where(w => w.Phase == TrainingPhase.Base).SelectMany(w => w.Sessions).ShouldNotContain(s => s.RunType == RunType.Tempo);
    }

    [Fact]
    public void R34_TenKBuild_HasIPaceIntervalsOfThreeMinutes()
    {
        var intervals = _tenK.Sessions.Where(s => s.RunType == RunType.VO2Intervals).ToList();
        intervals.ShouldNotBeEmpty();
        intervals.ShouldAllBe(s => s.Run!.RepetitionSeconds == 180 && s.Run.RestSeconds <= 180 && s.Run.Pace == _tenK.Race!.IntervalPace);
    }

    [Fact]
    public void R34_TempoOfTenMinutesOutsideTheTaper_Reported() =>
        Rules(_marathon.Change(s => s.RunType == RunType.Tempo && s.Why[0].Key != ReasonKeys.WhyTempoTaper, s => s with { Run = s.Run! with { Repetitions = 1 } })).ShouldContain(R34RaceSpecificQuality.Id);

    [Fact]
    public void R34_IBoutsOfSixMinutes_Reported() =>
        Rules(_tenK.ChangeRun(RunType.VO2Intervals, r => r with { RepetitionSeconds = 360 })).ShouldContain(R34RaceSpecificQuality.Id);

    [Fact]
    public void R34_TempoInABaseWeek_Reported()
    {
        var baseRun = _marathon.First(s => s.RunType == RunType.Interval);
        var tempo = _marathon.First(s => s.RunType == RunType.Tempo);
        Rules(PlanEdits.ReplaceSession(_marathon, baseRun, tempo with { Date = baseRun.Date })).ShouldContain(R34RaceSpecificQuality.Id);
    }

    [Fact]
    public void R35_TargetReached_NoWarning_ElseTheWarningNamesTheReachablePeak()
    {
        R35VolumeTargets.ShortfallWarning(RaceDistance.Marathon, 270).ShouldBeNull();
        R35VolumeTargets.ShortfallWarning(RaceDistance.Marathon, 250).ShouldBe(new Reason(ReasonKeys.WarningVolumeShortMarathon, "270", "250"));
    }

    [Theory]
    [InlineData(1, 1, 0.40, 0.60)]
    [InlineData(2, 1, 0.20, 0.35)]
    [InlineData(2, 2, 0.40, 0.60)]
    [InlineData(3, 1, 0.15, 0.30)]
    [InlineData(3, 2, 0.30, 0.45)]
    [InlineData(3, 3, 0.45, 0.60)]
    public void R36_CutPerTaperWeek(int taperWeeks, int week, double least, double most) =>
        R36Taper.Cut(taperWeeks, week).ShouldBe((least, most));

    [Fact]
    public void R36_TaperWeekAsLongAsTheBuild_Reported() =>
        Rules(_marathon.Change(s => s.RunType == RunType.Long && s.Date >= _marathon.Weeks[13].StartDate, s => s with { DurationMinutes = 180 })).ShouldContain(R36Taper.Id);

    [Fact]
    public void R36_TempoTwoDaysBeforeTheRace_Reported()
    {
        var tempo = _marathon.Weeks[15].Sessions.FirstOrDefault(s => s.RunType == RunType.Tempo) ?? _marathon.First(s => s.RunType == RunType.Tempo);
        Rules(PlanEdits.ReplaceSession(_marathon, tempo, tempo with { Date = Builders.Races.WorkedCheckRaceDate.AddDays(-2) })).ShouldContain(R36Taper.Id);
    }

    [Fact]
    public void R37_MaintenanceSet_IsFiveAt75PercentRounded() =>
        R37LiftingAroundRace.MaintenanceSet(126m).ShouldBe(new ExerciseSet(5, 95m, 75, false));

    [Fact]
    public void R37_TaperLifts_AreTheMaintenanceDose() =>
        _marathon.Weeks.Where(w => w.Phase == TrainingPhase.Taper).SelectMany(w => w.Sessions).SelectMany(s => s.Exercises)
            .ShouldAllBe(e => e.Role == ExerciseRole.Assistance ? e.Sets.Count <= 2 : e.Role == ExerciseRole.Main && e.Sets.Count == 1 && e.Sets[0].PercentOfTrainingMax == 75);

    [Fact]
    public void R37_SquatThreeDaysBeforeTheRace_Reported()
    {
        var squat = _marathon.Sessions.Last(s => s.Exercises.Any(e => e.MainLift == MainLift.Squat));
        Rules(PlanEdits.MoveSession(_marathon, squat, Builders.Races.WorkedCheckRaceDate.AddDays(-3))).ShouldContain(R37LiftingAroundRace.Id);
    }

    [Fact]
    public void R37_NoLiftInTheTwoDaysBeforeTheRace() =>
        _marathon.Sessions.ShouldNotContain(s => s.Kind == SessionKind.Lift && R37LiftingAroundRace.DaysBeforeRace(_marathon.Race!.Goal, s.Date) <= 2);

    [Theory]
    [InlineData(RaceDistance.FiveK, 2)]
    [InlineData(RaceDistance.TenK, 3)]
    [InlineData(RaceDistance.HalfMarathon, 5)]
    [InlineData(RaceDistance.Marathon, 10)]
    public void R38_RecoveryDaysPerDistance(RaceDistance distance, int days) => R38RaceWeek.RecoveryDays(distance).ShouldBe(days);

    [Fact]
    public void R38_RaceMovedOffRaceDay_Reported() =>
        Rules(_marathon.Move(s => s.RunType == RunType.Race, Builders.Races.WorkedCheckRaceDate.AddDays(-1))).ShouldContain(R38RaceWeek.Id);

    [Fact]
    public void R38_TempoTheDayBeforeTheRace_Reported()
    {
        var tempo = _marathon.First(s => s.RunType == RunType.Tempo);
        Rules(PlanEdits.AddSession(_marathon, 16, tempo with { Date = Builders.Races.WorkedCheckRaceDate.AddDays(-1) })).ShouldContain(R38RaceWeek.Id);
    }

    [Fact]
    public void R38_HardSessionTheDayAfterTheRace_Reported()
    {
        // A Monday race leaves the rest of its week for the recovery days.
        var mondayRace = BlockGenerator.Generate(BlockRequest.ForRace(Builders.Races.WorkedCheckProfile, Builders.Races.Start, new RaceGoal(RaceDistance.TenK, Builders.Races.Start.AddDays(8 * 7))));
        PlanChecker.Check(mondayRace, Builders.Races.WorkedCheckProfile).ShouldBeEmpty();
        var lift = mondayRace.First(s => s.LiftFocus == LiftFocus.FullBody && !s.IsDeload);
        Rules(PlanEdits.AddSession(mondayRace, 9, lift with { Date = mondayRace.Race!.Goal.RaceDate.AddDays(1) })).ShouldContain(R38RaceWeek.Id);
    }

    [Fact]
    public void R39_Vdot50_ReproducesDanielsMarathonAndHalf()
    {
        // C3's table rounds to the second (3:10:39.7 → 3:10:40), unlike section G's worked check, which cuts.
        var prediction = R39RacePrediction.Predict(50);
        TimeSpan.FromSeconds(Math.Round(prediction.Marathon.TotalSeconds)).ShouldBe(new TimeSpan(3, 10, 40));
        TimeSpan.FromSeconds(Math.Round(prediction.HalfMarathon.TotalSeconds)).ShouldBe(new TimeSpan(1, 31, 31));
    }

    [Fact]
    public void R39_GoalWithinTwoVdot_SetsTheRacePace()
    {
        var plan = BlockGenerator.Generate(Builders.Races.WorkedCheck(new TimeSpan(3, 30, 0)));
        plan.Race!.UsesGoalPace.ShouldBeTrue();
        plan.Race.RacePaceSecondsPerKm.ShouldBe(R39RacePrediction.PaceSecondsPerKm(RaceDistance.Marathon, new TimeSpan(3, 30, 0)));
        plan.Warnings.ShouldNotContain(w => w.Rule == R39RacePrediction.Id);
    }

    [Fact]
    public void R39_AmbitiousGoal_KeepsThePredictedPaceWithAWarning()
    {
        var plan = BlockGenerator.Generate(Builders.Races.WorkedCheck(new TimeSpan(3, 0, 0)));
        plan.Race!.UsesGoalPace.ShouldBeFalse();
        plan.Race.GoalVdot!.Value.ShouldBeGreaterThan(plan.Vdot!.Value + 2);
        plan.Race.RacePaceSecondsPerKm.ShouldBe(R39RacePrediction.PaceSecondsPerKm(RaceDistance.Marathon, plan.Race.PredictedTime));
        plan.Warnings.ShouldContain(w => w.Rule == R39RacePrediction.Id);
    }
}
