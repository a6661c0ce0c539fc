using HybridTrainer.Domain.Adaptation;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Adaptation;

public class ReadinessAdvisorTests
{
    private static readonly Domain.Athletes.AthleteProfile _profile = new ProfileBuilder().Build();
    private static readonly TrainingBlock _plan = Plans.Generate(_profile);
    private static readonly PlannedSession _sprints = _plan.First(s => s.RunType == RunType.Interval);
    private static readonly PlannedSession _lower = _plan.First(s => s.LiftFocus == LiftFocus.Lower);

    private static RecoveryEntry Entry(DateOnly date, double sleep = 8, int legs = 2, WellnessScores? wellness = null, int? restingHr = null, double? hrv = null) =>
        new(date, sleep, legs, 2, wellness, restingHr, hrv);

    [Fact]
    public void Propose_ShortSleepOnSprintDay_ProposesRecoveryRun()
    {
        var proposal = ReadinessAdvisor.Propose(_plan, [Entry(_sprints.Date, sleep: 5)]).Single();

        proposal.Session.ShouldBe(_sprints);
        proposal.Trigger.ShouldBe(ReadinessTrigger.ShortSleep);
        proposal.Replacement.RunType.ShouldBe(RunType.Recovery);
        proposal.Replacement.DurationMinutes.ShouldBeInRange(20, 40);
        proposal.Replacement.HardOnLegs.ShouldBeFalse();
    }

    [Theory]
    [InlineData(5.0, 2)]
    [InlineData(8.0, 8)]
    public void Propose_AnyTrigger_KeepsTheCheckInAnswersOutOfTheSessionsWhy(double sleep, int legs)
    {
        // The replacement's "why" reaches gym staff, printed sheets and calendar apps; the answers are health data.
        foreach (var proposal in ReadinessAdvisor.Propose(_plan, [Entry(_sprints.Date, sleep, legs), Entry(_lower.Date, sleep, legs)]))
        {
            proposal.Reasons.ShouldNotBeEmpty();
            // Reasons carry no argument at all: nothing of the answers can travel with them.
            proposal.Replacement.Why.ShouldAllBe(line => line.Arguments.Length == 0);
            proposal.Replacement.Why[0].Key.ShouldBeOneOf(ReasonKeys.DowngradeRecoveryInsteadOfInterval, ReasonKeys.DowngradeDeloadLifts, ReasonKeys.DowngradeUpperOnly);
        }
    }

    [Fact]
    public void Propose_GoodMorning_ProposesNothing() =>
        ReadinessAdvisor.Propose(_plan, [Entry(_sprints.Date), Entry(_lower.Date)]).ShouldBeEmpty();

    [Fact]
    public void Propose_PoorSleepOnEasyDay_ProposesNothing() =>
        ReadinessAdvisor.Propose(_plan, [Entry(_plan.First(s => s.RunType == RunType.Steady).Date, sleep: 4)]).ShouldBeEmpty();

    [Fact]
    public void Propose_LowWellnessOnLowerDay_ProposesSameLiftsAtDeloadWeights()
    {
        var proposal = ReadinessAdvisor.Propose(_plan, [Entry(_lower.Date, wellness: new WellnessScores(2, 2, 3, 2, 3))]).Single();

        proposal.Trigger.ShouldBe(ReadinessTrigger.LowWellness);
        proposal.Replacement.IsDeload.ShouldBeTrue();
        proposal.Replacement.Exercises.Single(e => e.Role == ExerciseRole.Main).Sets.Select(s => s.PercentOfTrainingMax).ShouldBe([40, 50, 60]);
    }

    [Fact]
    public void Propose_SoreLegsOnLowerDay_ProposesUpperBodyOnly()
    {
        var proposal = ReadinessAdvisor.Propose(_plan, [Entry(_lower.Date, legs: 8)]).Single();

        proposal.Trigger.ShouldBe(ReadinessTrigger.SoreMuscles);
        proposal.Replacement.LiftFocus.ShouldBe(LiftFocus.Upper);
        proposal.Replacement.Exercises.ShouldNotContain(e => e.MainLift == MainLift.Squat || e.Name == "Walking lunge");
    }

    [Fact]
    public void Propose_RestingHeartRateUpTwoMornings_Fires()
    {
        var day = _sprints.Date;
        RecoveryEntry[] entries = [.. Enumerable.Range(2, 10).Select(d => Entry(day.AddDays(-d), restingHr: 52)), Entry(day.AddDays(-1), restingHr: 60), Entry(day, restingHr: 61)];

        ReadinessAdvisor.Propose(_plan, entries).Single().Triggers.ShouldContain(ReadinessTrigger.HighRestingHeartRate);
    }

    [Fact]
    public void Propose_HrvWeekBelowBaseline_Fires()
    {
        var day = _sprints.Date;
        var baseline = Enumerable.Range(7, 28).Select(d => Entry(day.AddDays(-d), hrv: 4.2 + (d % 2 == 0 ? 0.1 : -0.1)));
        var lowWeek = Enumerable.Range(0, 7).Select(d => Entry(day.AddDays(-d), hrv: 3.9));

        ReadinessAdvisor.Propose(_plan, [.. baseline, .. lowWeek]).Single(p => p.Session == _sprints).Triggers.ShouldBe([ReadinessTrigger.LowHrv]);
    }

    [Fact]
    public void Propose_TooFewHrvReadings_DoesNotFire()
    {
        var day = _sprints.Date;
        RecoveryEntry[] entries = [Entry(day.AddDays(-20), hrv: 4.5), Entry(day.AddDays(-1), hrv: 3.0), Entry(day, hrv: 3.0)];

        ReadinessAdvisor.Propose(_plan, entries).ShouldBeEmpty();
    }

    [Fact]
    public void Apply_AcceptedProposal_ReplacesOnlyThatSession()
    {
        var proposal = ReadinessAdvisor.Propose(_plan, [Entry(_sprints.Date, sleep: 5)]).Single();

        var applied = ReadinessAdvisor.Apply(_plan, proposal);

        applied.Sessions.Count(s => s != proposal.Replacement).ShouldBe(_plan.Sessions.Count() - 1);
        applied.Sessions.ShouldContain(proposal.Replacement);
        _plan.Sessions.ShouldContain(_sprints);
    }

    [Theory]
    [InlineData(5, 2)]
    [InlineData(8, 9)]
    public void Apply_AnyDowngrade_PlanStillChecksClean(double sleep, int legs)
    {
        var entries = new[] { _sprints.Date, _lower.Date }.Select(d => Entry(d, sleep, legs)).ToList();
        var plan = _plan;

        foreach (var proposal in ReadinessAdvisor.Propose(_plan, entries))
        {
            plan = ReadinessAdvisor.Apply(plan, proposal);
        }

        Plans.Check(plan, _profile).ShouldBeEmpty();
    }
}
