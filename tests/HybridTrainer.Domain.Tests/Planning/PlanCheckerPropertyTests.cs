using CsCheck;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Planning;

/// <summary>Each rule broken on purpose in a random generated plan is always reported.</summary>
public class PlanCheckerPropertyTests
{
    /// <summary>[PRODUCT] A property that can skip a plan (no session to break) must still check this many.</summary>
    private const int MinimumChecked = 100;

    // Each property says whether the plan let it break the rule; a property that skipped nearly every plan would pass
    // without checking anything, so the samples that reached the check are counted.
    private static void ForAll(Func<BlockRequest, TrainingBlock, int, bool> breakAndCheck)
    {
        var reached = 0;
        Gen.Select(RandomPlans.Request, Gen.Int[0, 10_000])
            .Sample((request, pick) =>
            {
                if (breakAndCheck(request, BlockGenerator.Generate(request), pick))
                {
                    Interlocked.Increment(ref reached);
                }
            }, iter: RandomPlans.Iterations);
        reached.ShouldBeGreaterThanOrEqualTo(MinimumChecked, "samples that reached the check");
    }

    private static IEnumerable<string> Rules(BlockRequest request, TrainingBlock plan, AthleteProfile? profile = null) =>
        PlanChecker.Check(plan, profile ?? request.Profile, request.History).Rules();

    private static T? Pick<T>(IEnumerable<T> items, int pick)
    {
        var list = items.ToList();
        return list.Count == 0 ? default : list[pick % list.Count];
    }

    [Fact]
    public void Check_HardLegSessionMovedNextToAnother_AlwaysReportsR5() => ForAll((request, plan, pick) =>
    {
        var hard = plan.Sessions.Where(s => s.HardOnLegs).ToList();
        if (hard.Count < 2)
        {
            return false;
        }

        var moved = hard[pick % hard.Count];
        var anchor = hard[(pick + 1) % hard.Count];
        var target = anchor.Date.AddDays(pick % 2 == 0 ? 1 : -1);
        if (target == moved.Date)
        {
            return false;
        }

        Rules(request, PlanEdits.MoveSession(plan, moved, target)).ShouldContain("R5");
        return true;
    });

    [Fact]
    public void Check_SessionMovedToUnavailableDay_AlwaysReportsR2() => ForAll((request, plan, pick) =>
    {
        var session = Pick(plan.Sessions, pick);
        var free = Enumerable.Range(1, 6).Select(d => session!.Date.AddDays(d)).FirstOrDefault(d => !request.Profile.AvailableDays.Contains(d.DayOfWeek));
        if (session is null || free == default)
        {
            return false;
        }

        Rules(request, PlanEdits.MoveSession(plan, session, free)).ShouldContain("R2");
        return true;
    });

    [Fact]
    public void Check_HeavyLegLiftStackedOnAnotherSession_AlwaysReportsR7() => ForAll((request, plan, pick) =>
    {
        var lift = Pick(plan.Sessions.Where(s => s.Kind == SessionKind.Lift && s.HardOnLegs), pick);
        var other = Pick(plan.Sessions.Where(s => s != lift), pick / 7);
        if (lift is null || other is null)
        {
            return false;
        }

        Rules(request, PlanEdits.MoveSession(plan, lift, other.Date)).ShouldContain("R7");
        return true;
    });

    [Fact]
    public void Check_QualityRunInsideNoviceWeeks_AlwaysReportsR1() => ForAll((request, plan, _) =>
    {
        if (!plan.Weeks.Take(4).Any(w => w.Sessions.Any(s => s.IsQualityRun)))
        {
            return false;
        }

        Rules(request, plan, request.Profile with { RunningBaseWeeks = 0 }).ShouldContain("R1");
        return true;
    });

    [Fact]
    public void Check_IntervalRepsAboveEight_AlwaysReportsR10() => ForAll((request, plan, pick) =>
        BreakRun(request, plan, pick, RunType.Interval, r => r with { Repetitions = 9 + (pick % 12) }, "R10"));

    [Fact]
    public void Check_RestUnderThreeTimesRep_AlwaysReportsR11() => ForAll((request, plan, pick) =>
        BreakRun(request, plan, pick, RunType.Interval, r => r with { RestSeconds = Math.Min(89, (3 * r.RepetitionSeconds!.Value) - 1) - (pick % 30) }, "R11"));

    [Fact]
    public void Check_WarmUpUnderTenMinutes_AlwaysReportsR13() => ForAll((request, plan, pick) =>
        BreakRun(request, plan, pick, pick % 2 == 0 ? RunType.Interval : RunType.Hill, r => r with { WarmUpMinutes = pick % 10 }, "R13"));

    [Fact]
    public void Check_HeavyLiftWithoutFoamRolling_AlwaysReportsR30() => ForAll((request, plan, pick) =>
    {
        if (Pick(plan.Sessions.Where(s => s.Kind == SessionKind.Lift && s.HardOnLegs), pick) is not { } lift)
        {
            return false;
        }

        Rules(request, PlanEdits.ReplaceSession(plan, lift, lift with { FoamRollingPrompt = null })).ShouldContain("R30");
        return true;
    });

    [Fact]
    public void Check_BarWeightOffTheIncrement_AlwaysReportsR21() => ForAll((request, plan, pick) =>
    {
        var lift = Pick(plan.Sessions.Where(s => s.Kind == SessionKind.Lift), pick)!;
        var exercise = lift.Exercises[0];
        var broken = exercise with { Sets = [exercise.Sets[0] with { WeightKg = exercise.Sets[0].WeightKg + 1m }, .. exercise.Sets.Skip(1)] };
        Rules(request, PlanEdits.ReplaceSession(plan, lift, lift with { Exercises = [broken, .. lift.Exercises.Skip(1)] })).ShouldContain("R21");
        return true;
    });

    [Fact]
    public void Check_MinimalistShoeOnQualityRun_AlwaysReportsR28() => ForAll((request, plan, pick) =>
    {
        var minimalist = request.Profile.Shoes.FirstOrDefault(s => s.Kind == ShoeKind.Minimalist && s.Km < 800);
        if (minimalist is null || Pick(plan.Sessions.Where(s => s.IsQualityRun), pick) is not { } run)
        {
            return false;
        }

        Rules(request, PlanEdits.ReplaceSession(plan, run, run with { ShoeId = minimalist.Id })).ShouldContain("R28");
        return true;
    });

    private static bool BreakRun(BlockRequest request, TrainingBlock plan, int pick, RunType type, Func<RunPrescription, RunPrescription> breakIt, string rule)
    {
        if (Pick(plan.Sessions.Where(s => s.RunType == type), pick) is not { } run)
        {
            return false;
        }

        Rules(request, PlanEdits.ReplaceSession(plan, run, run with { Run = breakIt(run.Run!) })).ShouldContain(rule);
        return true;
    }
}
