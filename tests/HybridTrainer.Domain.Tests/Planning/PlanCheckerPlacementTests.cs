using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Planning;

/// <summary>Hand edits that move or add sessions, on a Monday–Saturday plan (lower Mon, upper Tue, sprints Wed, recovery Thu, full Fri, steady Sat).</summary>
public class PlanCheckerPlacementTests
{
    private static readonly Domain.Athletes.AthleteProfile _profile = new ProfileBuilder().Build();
    private static readonly TrainingBlock _plan = Plans.Generate(_profile);

    private static IReadOnlyList<RuleViolation> Check(TrainingBlock plan) => Plans.Check(plan, _profile);

    [Fact]
    public void Check_GeneratedPlan_IsClean() => Check(_plan).ShouldBeEmpty();

    [Fact]
    public void Check_LowerLiftMovedNextToSprints_ReportsR5() =>
        Check(_plan.Move(s => s.LiftFocus == LiftFocus.Lower, Plans.Monday.AddDays(3))).Rules().ShouldContain("R5");

    [Fact]
    public void Check_HardSessionsOnFirstAndLastDayOfWeek_ReportsCyclicR5()
    {
        var edited = _plan.Move(s => s.LiftFocus == LiftFocus.FullBody, Plans.Monday.AddDays(6));

        Check(edited).ShouldContain(v => v.Rule == "R5" && v.Reason.Key == ReasonKeys.FindingHardWeekEnds);
    }

    [Fact]
    public void Check_SessionMovedToUnavailableSunday_ReportsR2() =>
        Check(_plan.Move(s => s.RunType == RunType.Steady, Plans.Monday.AddDays(6))).Rules().ShouldContain("R2");

    [Fact]
    public void Check_ExtraSessionAdded_ReportsR2Count() =>
        Check(PlanEdits.AddSession(_plan, 1, _plan.First(s => s.RunType == RunType.Recovery) with { Date = Plans.Monday.AddDays(6) }))
            .ShouldContain(v => v.Rule == "R2" && v.Reason.Key == ReasonKeys.FindingWeekSessionCount && v.Reason.Arguments[0] == "1");

    [Fact]
    public void Check_SprintsOnLowerLiftDay_ReportsR6AndR7()
    {
        var rules = Check(_plan.Move(s => s.RunType == RunType.Interval, Plans.Monday)).Rules().ToList();

        rules.ShouldContain("R6");
        rules.ShouldContain("R7");
    }

    [Fact]
    public void Check_EasyRunOnUpperDay_IsAnAllowedDouble() =>
        Check(_plan.Move(s => s.RunType == RunType.Steady, Plans.Monday.AddDays(1))).Rules().ShouldNotContain("R7");

    [Fact]
    public void Check_IntervalsBeforeFourWeeksOfBase_ReportsR1() =>
        Plans.Check(_plan, new ProfileBuilder().WithBaseWeeks(0).Build()).Rules().ShouldContain("R1");

    [Fact]
    public void Check_SecondQualityRunInWeek_ReportsR3() =>
        Check(_plan.Change(s => s.RunType == RunType.Steady, s => _plan.First(q => q.RunType == RunType.Interval) with { Date = s.Date }))
            .Rules().ShouldContain("R3");

    [Fact]
    public void Check_HillsInAnOddWeek_ReportsR3() =>
        Check(_plan.Change(s => s.RunType == RunType.Interval, s => s with { RunType = RunType.Hill })).Rules().ShouldContain("R3");

    [Fact]
    public void Check_SquatTwiceInAWeek_ReportsR4() =>
        Check(_plan.Change(s => s.LiftFocus == LiftFocus.FullBody, s => _plan.First(l => l.LiftFocus == LiftFocus.Lower) with { Date = s.Date }))
            .Rules().ShouldContain("R4");

    [Fact]
    public void Check_LiftFromWeekThreeMovedIntoDeloadWeek_ReportsR20AndR24()
    {
        var weekThreeLower = _plan.Weeks[2].Sessions.First(s => s.LiftFocus == LiftFocus.Lower);

        var rules = Check(PlanEdits.MoveSession(_plan, weekThreeLower, _plan.Weeks[3].StartDate.AddDays(5))).Rules().ToList();

        rules.ShouldContain("R20");
        rules.ShouldContain("R24");
    }

    [Fact]
    public void Check_WeekWithASessionTooFew_NamesTheWeekWithoutParsingTheMessage()
    {
        var plan = Plans.Generate(_profile);
        var week = plan.Weeks[1];
        var edited = plan with { Weeks = [plan.Weeks[0], week with { Sessions = [.. week.Sessions.Skip(1)] }, .. plan.Weeks.Skip(2)] };

        PlanChecker.Check(edited, _profile).ShouldContain(v => v.Rule == "R2" && v.Sessions.Count == 0 && v.Week == 2);
        PlanChecker.CheckWeek(edited, 2, _profile).ShouldContain(v => v.Rule == "R2" && v.Week == 2);
        PlanChecker.CheckWeek(edited, 1, _profile).ShouldNotContain(v => v.Rule == "R2");
    }

    [Fact]
    public void CheckWeek_EditInWeekTwo_OnlyReportsWeekTwo()
    {
        var weekTwoLower = _plan.Weeks[1].Sessions.First(s => s.LiftFocus == LiftFocus.Lower);
        var edited = PlanEdits.MoveSession(_plan, weekTwoLower, weekTwoLower.Date.AddDays(3));

        PlanChecker.CheckWeek(edited, 2, _profile).ShouldNotBeEmpty();
        PlanChecker.CheckWeek(edited, 1, _profile).ShouldBeEmpty();
    }
}
