using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Planning;

public class BlockGeneratorScheduleTests
{
    private static readonly DayOfWeek[] _monToThu = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday];

    [Fact]
    public void Generate_SixDaysMondayToSaturday_PutsHardLegDaysOnMondayWednesdayFriday()
    {
        var week = Plans.Generate(new ProfileBuilder().Build()).Weeks[0];

        week.Sessions.Where(s => s.HardOnLegs).Select(s => s.Date.DayOfWeek)
            .ShouldBe([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);
    }

    [Fact]
    public void Generate_SixDays_HasUpperLowerAndFullBodyLifts()
    {
        var week = Plans.Generate(new ProfileBuilder().Build()).Weeks[0];

        week.Sessions.Where(s => s.Kind == SessionKind.Lift).Select(s => s.LiftFocus)
            .ShouldBe([LiftFocus.Lower, LiftFocus.Upper, LiftFocus.FullBody], ignoreOrder: true);
    }

    [Fact]
    public void Generate_ThreeDays_TwoFullBodyLiftsAndOneSteadyRun()
    {
        var profile = new ProfileBuilder().WithDays(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday).Build();

        var week = Plans.Generate(profile).Weeks[0];

        week.Sessions.Count(s => s.LiftFocus == LiftFocus.FullBody).ShouldBe(2);
        week.Sessions.Single(s => s.Kind == SessionKind.Run).RunType.ShouldBe(RunType.Steady);
    }

    [Fact]
    public void Generate_SevenDays_LeavesOneFullRestDay()
    {
        var profile = new ProfileBuilder().WithDays(Enum.GetValues<DayOfWeek>()).Build();

        var plan = Plans.Generate(profile);

        plan.Weeks.ShouldAllBe(w => w.Sessions.Count == 6);
    }

    [Fact]
    public void Generate_FourDaysInARow_SoftensQualityRunWithR5Warning()
    {
        var profile = new ProfileBuilder().WithDays(_monToThu).Build();

        var plan = Plans.Generate(profile);

        plan.Weeks.Where(w => w.WaveWeek != 4).SelectMany(w => w.Sessions).ShouldNotContain(s => s.IsQualityRun);
        plan.Warnings.ShouldContain(w => w.Rule == "R5");
    }

    [Fact]
    public void Generate_FourSpreadDays_KeepsQualityRun()
    {
        var profile = new ProfileBuilder().WithDays(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday).Build();

        var plan = Plans.Generate(profile);

        plan.Weeks[0].Sessions.Count(s => s.IsQualityRun).ShouldBe(1);
        plan.Warnings.ShouldNotContain(w => w.Rule == "R5");
    }

    [Fact]
    public void Generate_RunnerUnderFourWeeksBase_SchedulesNoIntervals()
    {
        var profile = new ProfileBuilder().WithBaseWeeks(1).Build();

        var plan = Plans.Generate(profile, weeks: 3);

        plan.Sessions.ShouldNotContain(s => s.IsQualityRun);
    }

    [Fact]
    public void Generate_BaseReachesFourWeeksMidBlock_StartsQualityRunsThatWeek()
    {
        var profile = new ProfileBuilder().WithBaseWeeks(2).Build();

        var plan = Plans.Generate(profile, weeks: 4);

        plan.Weeks[1].Sessions.ShouldNotContain(s => s.IsQualityRun);
        plan.Weeks[2].Sessions.ShouldContain(s => s.RunType == RunType.Interval);
    }

    [Fact]
    public void Generate_QualityRun_IntervalInOddWeeksHillInEvenWeeks()
    {
        var plan = Plans.Generate(new ProfileBuilder().Build(), weeks: 4);

        plan.Weeks.Select(w => w.Sessions.Single(s => s.IsQualityRun).RunType)
            .ShouldBe([RunType.Interval, RunType.Hill, RunType.Interval, RunType.Hill]);
    }

    [Fact]
    public void Generate_StartOnThursday_WeeksRunSevenDaysFromStart()
    {
        var start = new DateOnly(2026, 11, 26);

        var plan = Plans.Generate(new ProfileBuilder().Build(), weeks: 2, start: start);

        plan.Weeks[1].StartDate.ShouldBe(start.AddDays(7));
        plan.Weeks[0].Sessions.ShouldAllBe(s => s.Date >= start && s.Date < start.AddDays(7));
    }

    [Fact]
    public void Generate_FiveDays_IncludesRecoveryRunAfterQualityRun()
    {
        var profile = new ProfileBuilder().WithDays(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday).Build();

        var sessions = Plans.Generate(profile).Weeks[0].Sessions;
        var quality = sessions.Single(s => s.IsQualityRun);

        sessions.Single(s => s.RunType == RunType.Recovery).Date.ShouldBe(quality.Date.AddDays(1));
    }

    [Fact]
    public void Generate_EverySession_ExplainsItselfInOneToThreeLines()
    {
        var plan = Plans.Generate(new ProfileBuilder().WithFiveKm(null).Build(), weeks: 8);

        plan.Sessions.ShouldAllBe(s => s.Why.Count >= 1 && s.Why.Count <= 3);
    }

    [Fact]
    public void Generate_HillWeek_WhySaysQualityRunAlternates() =>
        Plans.Generate(new ProfileBuilder().Build(), weeks: 2).Weeks[1].Sessions.Single(s => s.RunType == RunType.Hill)
            .Why[0].ShouldBe(new Reason(ReasonKeys.WhyHills));

    [Fact]
    public void Generate_UpperDayAfterLowerDay_WhySaysNoHeavyLegs() =>
        Plans.Generate(new ProfileBuilder().Build()).Weeks[0].Sessions.Single(s => s.LiftFocus == LiftFocus.Upper)
            .Why.ShouldContain(line => line.Key == ReasonKeys.DayLiftAfterHeavyLegs);
}
