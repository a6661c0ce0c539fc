using System.Text.Json;
using CsCheck;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Races;

/// <summary>Invariants of generated race blocks over random profiles, distances and race dates.</summary>
public class RaceBlockPropertyTests
{
    private static void ForAll(Action<BlockRequest, TrainingBlock> property, int iterations = RandomRaces.Iterations) =>
        RandomRaces.Request.Sample(request => property(request, BlockGenerator.Generate(request)), iter: iterations);

    [Fact]
    public void Generate_AnyRaceRequest_ChecksClean() => ForAll((request, plan) =>
    {
        var violations = PlanChecker.Check(plan, request.Profile, request.History);
        violations.ShouldBeEmpty(violations.Describe());
    });

    [Fact]
    public void Generate_AnyRaceRequest_RaceIsOnRaceDateInTheLastWeek() => ForAll((request, plan) =>
    {
        var race = plan.Sessions.Single(s => s.RunType == RunType.Race);
        race.Date.ShouldBe(request.Race!.RaceDate);
        plan.Weeks[^1].Sessions.ShouldContain(race);
    });

    [Fact]
    public void Generate_AnyRaceRequest_LastWeekIsTaper() => ForAll((_, plan) =>
        plan.Weeks[^1].Phase.ShouldBe(TrainingPhase.Taper));

    [Fact]
    public void Generate_AnyRaceRequest_LongestLongRunWithinR33Cap() => ForAll((request, plan) =>
        Expect.All(plan.Sessions.Where(s => s.RunType == RunType.Long),
            s => s.DurationMinutes <= R33LongRun.PeakMaxMinutes(request.Race!.Distance) && s.DurationMinutes <= R33LongRun.AbsoluteMaxMinutes,
            "long runs within the R33 peak"));

    [Fact]
    public void Generate_AnyRaceRequest_NoHeavyLowerBodyLiftInsideR37Window() => ForAll((request, plan) =>
        Expect.All(plan.Sessions.Where(s => s.Kind == SessionKind.Lift && R37LiftingAroundRace.DaysBeforeRace(request.Race!, s.Date) <= R37LiftingAroundRace.HeavyLowerBodyDays),
            s => s.Exercises.Where(e => e.MainLift is { } lift && R37LiftingAroundRace.IsLowerBody(lift)).All(e => e.Sets.All(set => set.PercentOfTrainingMax <= R37LiftingAroundRace.MaintenanceMaxPercent && !set.Amrap))
                && (R37LiftingAroundRace.DaysBeforeRace(request.Race!, s.Date) > R37LiftingAroundRace.LowerBodyDays || s.Exercises.All(e => e.MainLift is not (MainLift.Squat or MainLift.Deadlift))),
            "no heavy lower-body lifting in the last 10 days, none at all in the last 5"));

    [Fact]
    public void Generate_AnyRaceRequest_WhyNamesYesterdaysHardRunAsItWas() => ForAll((_, plan) =>
    {
        var byDate = plan.Sessions.ToDictionary(s => s.Date);
        foreach (var session in plan.Sessions)
        {
            var yesterday = byDate.GetValueOrDefault(session.Date.AddDays(-1));
            if (session.Why.Any(w => w.Key is ReasonKeys.DayLiftAfterHills or ReasonKeys.DayRunAfterHills))
            {
                yesterday?.RunType.ShouldBe(RunType.Hill, $"{session.Date}: {string.Join(" ", session.Why)}");
            }

            if (session.Why.Any(w => w.Key is ReasonKeys.DayLiftAfterTempo or ReasonKeys.DayRunAfterTempo))
            {
                yesterday?.RunType.ShouldBe(RunType.Tempo);
            }
        }
    });

    [Fact]
    public void Generate_AnyRaceRequest_EveryWhyLineAndPromptIsAKnownKey() => ForAll((_, plan) =>
        plan.Sessions.ShouldAllBe(s => s.Why.All(w => ReasonKeys.IsKnown(w.Key)) && (s.FoamRollingPrompt == null || ReasonKeys.IsKnown(s.FoamRollingPrompt))));

    [Fact]
    public void Generate_SameRaceRequestTwice_SameBlock() => ForAll((request, plan) =>
        JsonSerializer.Serialize(BlockGenerator.Generate(request)).ShouldBe(JsonSerializer.Serialize(plan)), iterations: 150);
}
