using CsCheck;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Planning;

/// <summary>
/// The fast checker reports exactly what the straightforward reference checker reports — same rules, sessions,
/// messages and order — for random plans after random hand edits (moves across days and weeks, stacked days,
/// off-grid loads, readiness downgrades, changed base weeks).
/// </summary>
public class PlanCheckerOracleTests
{
    private static readonly Gen<int[]> Edits = Gen.Int[0, int.MaxValue].Array[0, 4];

    [Fact]
    public void Check_RandomlyEditedPlans_MatchesReferenceChecker() =>
        Gen.Select(RandomPlans.Request, Edits, Gen.Int[0, 12]).Sample((request, edits, baseWeeks) =>
        {
            var plan = BlockGenerator.Generate(request);
            foreach (var edit in edits)
            {
                plan = Edit(plan, edit);
            }

            var profile = baseWeeks < 6 ? request.Profile with { RunningBaseWeeks = baseWeeks } : request.Profile;
            AssertSame(PlanChecker.Check(plan, profile, request.History), ReferencePlanChecker.Check(plan, profile, request.History));
        }, iter: RandomPlans.Iterations);

    [Fact]
    public void Check_DraggedBenchmarkPlan_MatchesReferenceChecker()
    {
        var profile = new ProfileBuilder().Build();
        var plan = Plans.Generate(profile);
        var lower = plan.Weeks[1].Sessions.First(s => s.LiftFocus == LiftFocus.Lower);
        var dragged = PlanEdits.MoveSession(plan, lower, lower.Date.AddDays(1));

        var violations = PlanChecker.Check(dragged, profile);

        violations.ShouldNotBeEmpty();
        AssertSame(violations, ReferencePlanChecker.Check(dragged, profile));
    }

    private static TrainingBlock Edit(TrainingBlock plan, int edit)
    {
        var sessions = plan.Sessions.ToList();
        if (sessions.Count == 0)
        {
            return plan;
        }

        var session = sessions[edit % sessions.Count];
        var days = plan.Weeks.Count * 7;
        switch ((edit / 7) % 6)
        {
            case 5:
                // An accepted readiness downgrade (R27): an easy run in place of the planned session.
                return PlanEdits.ReplaceSession(plan, session, session with
                {
                    Kind = SessionKind.Run,
                    RunType = edit % 2 == 0 ? RunType.Recovery : RunType.Steady,
                    LiftFocus = null,
                    DurationMinutes = 20 + (edit / 35 % 30),
                    Exercises = [],
                    Replaces = session,
                    Adjustment = "Low readiness",
                });
            case 0 or 1:
                // A drag anywhere in the block, or a few days beyond either end.
                return PlanEdits.MoveSession(plan, session, plan.StartDate.AddDays((edit / 35 % (days + 6)) - 3));
            case 2:
                // Onto the day of another session.
                return PlanEdits.MoveSession(plan, session, sessions[(edit / 35) % sessions.Count].Date);
            case 3 when session.Exercises.Count > 0:
                var exercise = session.Exercises[(edit / 35) % session.Exercises.Count];
                var set = exercise.Sets[0];
                var broken = exercise with { Sets = [set with { WeightKg = set.WeightKg + ((edit / 175 % 5) * 0.5m), Amrap = edit % 2 == 0 }, .. exercise.Sets.Skip(1)] };
                return PlanEdits.ReplaceSession(plan, session, session with { Exercises = [.. session.Exercises.Select(e => ReferenceEquals(e, exercise) ? broken : e)] });
            default:
                // A copy of another session added to this one's week.
                var week = Math.Clamp((session.Date.DayNumber - plan.StartDate.DayNumber) / 7, 0, plan.Weeks.Count - 1) + 1;
                return PlanEdits.AddSession(plan, week, sessions[(edit / 35) % sessions.Count] with { Date = session.Date.AddDays(edit / 35 % 3) });
        }
    }

    private static void AssertSame(IReadOnlyList<RuleViolation> actual, IReadOnlyList<RuleViolation> expected)
    {
        actual.Select(v => $"{v.Rule}: {v.Reason}").ShouldBe(expected.Select(v => $"{v.Rule}: {v.Reason}"));
        for (var i = 0; i < expected.Count; i++)
        {
            actual[i].Sessions.Count.ShouldBe(expected[i].Sessions.Count);
            for (var s = 0; s < expected[i].Sessions.Count; s++)
            {
                ReferenceEquals(actual[i].Sessions[s], expected[i].Sessions[s]).ShouldBeTrue($"{expected[i].Rule}: {expected[i].Reason}");
            }
        }
    }
}
