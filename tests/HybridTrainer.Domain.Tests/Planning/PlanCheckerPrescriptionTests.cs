using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Planning;

/// <summary>Hand edits to what a session prescribes; each must be reported under its rule.</summary>
public class PlanCheckerPrescriptionTests
{
    private static readonly AthleteProfile _profile = new ProfileBuilder().Build();
    private static readonly TrainingBlock _plan = Plans.Generate(_profile);

    private static IEnumerable<string> Rules(TrainingBlock plan, AthleteProfile? profile = null, TrainingHistory? history = null) =>
        Plans.Check(plan, profile ?? _profile, history).Rules();

    [Fact]
    public void Check_LongRepsEatingTheEasyShare_ReportsR8() =>
        Rules(_plan.ChangeRun(RunType.Interval, r => r with { Repetitions = 6, RepetitionSeconds = 600, RestSeconds = 1800 })).ShouldContain("R8");

    [Fact]
    public void Check_RepDistanceOf500m_ReportsR9() =>
        Rules(_plan.ChangeRun(RunType.Interval, r => r with { RepetitionDistanceMeters = 500 })).ShouldContain("R9");

    [Fact]
    public void Check_RepsSlowerThanRPace_ReportsR9() =>
        Rules(_plan.ChangeRun(RunType.Interval, r => r with { RepetitionSeconds = 60, RestSeconds = 180 })).ShouldContain("R9");

    [Fact]
    public void Check_NineReps_ReportsR10() =>
        Rules(_plan.ChangeRun(RunType.Interval, r => r with { Repetitions = 9 })).ShouldContain("R10");

    [Fact]
    public void Check_SevenRepsInFirstIntervalSession_ReportsR10() =>
        Rules(_plan.ChangeRun(RunType.Interval, r => r with { Repetitions = 7 })).ShouldContain("R10");

    [Fact]
    public void Check_RestShorterThanThreeTimesRep_ReportsR11() =>
        Rules(_plan.ChangeRun(RunType.Interval, r => r with { RestSeconds = 120 })).ShouldContain("R11");

    [Fact]
    public void Check_TwelveHillReps_ReportsR12() =>
        Rules(_plan.ChangeRun(RunType.Hill, r => r with { Repetitions = 12 })).ShouldContain("R12");

    [Fact]
    public void Check_JogDownShorterThanClimb_ReportsR12() =>
        Rules(_plan.ChangeRun(RunType.Hill, r => r with { RestSeconds = 30 })).ShouldContain("R12");

    [Fact]
    public void Check_FiveMinuteWarmUp_ReportsR13() =>
        Rules(_plan.ChangeRun(RunType.Interval, r => r with { WarmUpMinutes = 5 })).ShouldContain("R13");

    [Fact]
    public void Check_FiftyMinuteRecoveryRun_ReportsR15() =>
        Rules(_plan.Change(s => s.RunType == RunType.Recovery, s => s with { DurationMinutes = 50 })).ShouldContain("R15");

    [Fact]
    public void Check_RecoveryRunAtSteadyPace_ReportsR15() =>
        Rules(_plan.ChangeRun(RunType.Recovery, r => r with { Pace = _plan.Paces!.Steady })).ShouldContain("R15");

    [Fact]
    public void Check_RunMinutesUpMoreThanThirtyPercent_ReportsR16()
    {
        var weekTwo = _plan.Weeks[1].StartDate;
        var edited = _plan
            .Change(s => s.RunType == RunType.Steady && s.Date >= weekTwo, s => s with { DurationMinutes = 60 })
            .Change(s => s.RunType == RunType.Recovery && s.Date >= weekTwo, s => s with { DurationMinutes = 40 });

        Rules(edited).ShouldContain("R16");
    }

    [Fact]
    public void Check_HardWeekAfterVeryLightHistory_ReportsR17() =>
        Rules(_plan, history: new TrainingHistory([300, 300, 300], [], [])).ShouldContain("R17");

    [Fact]
    public void Check_EveryDaySameLoad_ReportsR18()
    {
        var edited = _plan;
        foreach (var session in _plan.Weeks[0].Sessions)
        {
            edited = PlanEdits.ReplaceSession(edited, session, session with { DurationMinutes = 100, PlannedRpe = 5 });
        }

        Rules(edited).ShouldContain("R18");
    }

    [Fact]
    public void Check_OddBarWeight_ReportsR21() =>
        Rules(_plan.Change(s => s.LiftFocus == LiftFocus.Lower, s => s with { Exercises = [.. s.Exercises.Skip(1).Prepend(s.Exercises[0] with { Sets = [.. s.Exercises[0].Sets.Take(2), new ExerciseSet(5, 101m, 85, true)] })] }))
            .ShouldContain("R21");

    [Fact]
    public void Check_SixSetsOfBoringButBig_ReportsR23() =>
        Rules(_plan.Change(s => s.LiftFocus == LiftFocus.Upper, s => s with { Exercises = [.. s.Exercises.Select(e => e.Role == ExerciseRole.Supplemental ? e with { Sets = [.. e.Sets, e.Sets[0]] } : e)] }))
            .ShouldContain("R23");

    [Fact]
    public void Check_MinimalistShoesOnSprints_ReportsR28() =>
        Rules(_plan.Change(s => s.RunType == RunType.Interval, s => s with { ShoeId = "flat" })).ShouldContain("R28");

    [Fact]
    public void Check_ShoePastEightHundredKm_ReportsR29() =>
        Rules(_plan, new ProfileBuilder().WithShoes(new Shoe("road", "Road trainer", ShoeKind.Cushioned, 900), new Shoe("flat", "Flat", ShoeKind.Minimalist, 10)).Build())
            .ShouldContain("R29");

    [Fact]
    public void Check_HeavyLegLiftWithoutFoamRolling_ReportsR30() =>
        Rules(_plan.Change(s => s.LiftFocus == LiftFocus.Lower, s => s with { FoamRollingPrompt = null })).ShouldContain("R30");

    [Fact]
    public void Check_ThreeRunsWithoutRecoveryRun_ReportsR30() =>
        Rules(_plan.Change(s => s.RunType == RunType.Recovery, s => s with { RunType = RunType.Steady, DurationMinutes = 30 })).ShouldContain("R30");
}
