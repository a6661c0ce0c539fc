using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Planning;

/// <summary>Cases an outside check of random profiles found: exact loads, the deload week's quality run, the R17 ramp.</summary>
public class BlockGeneratorEdgeCaseTests
{
    // Six days, so the normal week is far heavier than the history below.
    private static readonly TrainingHistory _lightHistory = new([1226, 801, 846], [], []);

    [Fact]
    public void TrainingMax_RepTestOf62Point5By10_IsExactly75()
    {
        R19TrainingMax.TrainingMax(LiftMax.RepTest(62.5m, 10)).ShouldBe(75m);
    }

    [Fact]
    public void Generate_RepTestOf62Point5By10_FirstSetIs65PercentOf75RoundedUpTo50()
    {
        var lifts = new LiftMaxes(LiftMax.RepTest(62.5m, 10), LiftMax.Tested(100), LiftMax.Tested(180), LiftMax.Tested(60));

        var plan = Plans.Generate(new ProfileBuilder().WithLifts(lifts).Build());

        plan.TrainingMaxes.Squat.ShouldBe(75m);
        var squat = plan.Weeks[0].Sessions.SelectMany(s => s.Exercises).Single(e => e is { MainLift: MainLift.Squat, Role: ExerciseRole.Main });
        squat.Sets.Select(s => s.WeightKg).ShouldBe([50m, 57.5m, 65m]);
    }

    [Fact]
    public void Generate_DaysCloseTogether_DeloadWeekKeepsItsQualityRun()
    {
        var profile = new ProfileBuilder().WithDays(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday).Build();

        var plan = Plans.Generate(profile, weeks: 5);

        plan.Weeks[0].Sessions.ShouldNotContain(s => s.IsQualityRun, "the normal weeks are softened: the days sit next to the heavy leg days");
        plan.Weeks[3].Sessions.Count(s => s.IsQualityRun).ShouldBe(1, "deload lifts are not hard (R24), so the quality run fits");
        plan.Weeks[3].Sessions.Count.ShouldBe(plan.Weeks[0].Sessions.Count);
        Plans.Check(plan, profile).ShouldBeEmpty(Plans.Check(plan, profile).Describe());
    }

    [Fact]
    public void Generate_HistoryFarBelowThePlan_LoadClimbsWeekByWeekUntilTheNormalPlanFits()
    {
        var profile = new ProfileBuilder().Build();
        var normal = Plans.Generate(profile, weeks: 12);

        var plan = Plans.Generate(profile, weeks: 12, history: _lightHistory);

        var loads = plan.Weeks.Select(w => w.PlannedLoadAu).ToArray();
        var lightened = plan.Weeks.Where(w => Lightened(w)).Select(w => w.ProgramWeek).ToArray();
        lightened.ShouldNotBeEmpty();
        LongestRun(lightened).ShouldBeLessThanOrEqualTo(R17AcuteChronicRatio.MaxLightenedWeeksInARow);
        for (var i = 1; i < lightened.Length && lightened[i] == lightened[i - 1] + 1; i++)
        {
            loads[lightened[i] - 1].ShouldBeGreaterThan(loads[lightened[i - 1] - 1], "each lightened week climbs with the chronic load");
        }

        // Once the full plan fits, a normal week is the normal week again: its lifts with their supplemental sets.
        var fitted = plan.Weeks.Where(w => !Lightened(w) && w.ProgramWeek > lightened[0] && w.WaveWeek != R24Deload.DeloadWaveWeek).ToList();
        fitted.ShouldNotBeEmpty();
        fitted.ShouldAllBe(w => w.Sessions.SelectMany(s => s.Exercises).Count(e => e.Role == ExerciseRole.Supplemental)
            == normal.Weeks[w.ProgramWeek - 1].Sessions.SelectMany(s => s.Exercises).Count(e => e.Role == ExerciseRole.Supplemental));
        plan.Weeks.Where(w => w.WaveWeek != R24Deload.DeloadWaveWeek).ShouldAllBe(w => w.Sessions.Any(s => s.IsQualityRun) || Lightened(w));
        plan.Weeks.Where(w => w.WaveWeek != R24Deload.DeloadWaveWeek && !Lightened(w))
            .ShouldAllBe(w => w.Sessions.Where(s => s.Kind == SessionKind.Lift).All(s => !s.IsDeload));
        foreach (var week in lightened)
        {
            plan.Warnings.ShouldContain(w => w.Rule == R17AcuteChronicRatio.Id && Warnings.NamesLightenedWeek(w, week));
        }

        Plans.Check(plan, profile, _lightHistory).ShouldBeEmpty(Plans.Check(plan, profile, _lightHistory).Describe());
    }

    [Fact]
    public void Generate_HistoryFarBelowThePlan_LightensOnlyDownToTheLargestLoadR17Allows()
    {
        var plan = Plans.Generate(new ProfileBuilder().Build(), weeks: 12, history: _lightHistory);

        var recent = _lightHistory.WeeklyLoadsAu.Sum();
        var limit = R17AcuteChronicRatio.MaxNextWeekLoad(recent, R17AcuteChronicRatio.UpperBound);
        plan.Weeks[0].PlannedLoadAu.ShouldBeLessThanOrEqualTo((int)limit);
        plan.Weeks[0].PlannedLoadAu.ShouldBeGreaterThanOrEqualTo((int)(R17AcuteChronicRatio.RampFloor * limit));
    }

    private static bool Lightened(TrainingWeek week) => week.Sessions.Any(s => s.Adjustment == R17AcuteChronicRatio.Id);

    private static int LongestRun(int[] weeks)
    {
        int longest = 0, run = 0;
        for (var i = 0; i < weeks.Length; i++)
        {
            run = i > 0 && weeks[i] == weeks[i - 1] + 1 ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}

/// <summary>The fixed profiles of the outside check (and the heaviest extreme), each generated for twelve weeks: no rule broken.</summary>
public class BlockGeneratorFixedProfileTests
{
    public static TheoryData<string> Cases => [.. _cases.Keys];

    private static readonly Dictionary<string, (AthleteProfile Profile, TrainingHistory? History)> _cases = new()
    {
        ["rep test 62.5 kg x 10"] = (new ProfileBuilder().WithLifts(new(LiftMax.RepTest(62.5m, 10), LiftMax.RepTest(62.5m, 10), LiftMax.RepTest(62.5m, 10), LiftMax.RepTest(62.5m, 10))).Build(), null),
        ["history far below six days"] = (new ProfileBuilder().Build(), new TrainingHistory([1226, 801, 846], [], [])),
        ["four days in a row"] = (new ProfileBuilder().WithDays(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday).Build(), null),
        ["three days"] = (new ProfileBuilder().WithDays(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday).Build(), null),
        ["seven days"] = (new ProfileBuilder().WithDays(Enum.GetValues<DayOfWeek>()).Build(), null),
        ["novice below the R1 gate"] = (new ProfileBuilder().WithBaseWeeks(0).WithFiveKm(null).WithBirthYear(null).Build(), null),
        ["heaviest athlete, heaviest tests"] = (new ProfileBuilder().WithBodyWeight(300).WithLifts(new(LiftMax.Tested(350), LiftMax.RepTest(250, 10), LiftMax.Tested(400), LiftMax.RepTest(175, 1))).Build(), null),
        ["lightest athlete, zero recent load"] = (new ProfileBuilder().WithBodyWeight(30).WithLifts(new(LiftMax.Tested(20), LiftMax.RepTest(20, 1), LiftMax.Tested(20), LiftMax.Tested(20))).Build(), new TrainingHistory([0, 0, 0], [0], [])),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generate_TwelveWeeks_ChecksClean(string name)
    {
        var (profile, history) = _cases[name];

        var plan = Plans.Generate(profile, weeks: 12, history: history);

        var violations = Plans.Check(plan, profile, history);
        violations.ShouldBeEmpty(violations.Describe());
    }
}
