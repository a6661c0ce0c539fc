using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>
/// R37 Lifting around the race. Build weeks keep 5/3/1 with its deloads. In the taper: the maintenance dose (Spiering
/// et al. 2021, JSCR 35:1449): each main lift once a week, one working set of 5 at 70–80 % TM, no AMRAP, no BBB/FSL,
/// assistance ≤ 2 sets. No lower-body lift at ww 1–3 percentages within 10 days of the race, no lower-body lift at all
/// within 5 days, no lift of any kind in the 2 days before [PRODUCT; Sporer &amp; Wenger 2003]. After the race the wave
/// restarts at ww = 1 with unchanged TMs.
/// </summary>
public static class R37LiftingAroundRace
{
    public const string Id = "R37";

    public const int HeavyLowerBodyDays = 10;

    public const int LowerBodyDays = 5;

    public const int NoLiftDays = 2;

    public const int MaintenancePercent = 75;

    public const int MaintenanceMinPercent = 70;

    public const int MaintenanceMaxPercent = 80;

    public const int MaintenanceReps = 5;

    public const int MaxAssistanceSets = 2;

    /// <summary>[PRODUCT] Planned minutes of a maintenance session and of an upper-only session.</summary>
    public const int MaintenanceMinutes = 35;

    public const int UpperOnlyMinutes = 30;

    /// <summary>Days from <paramref name="date"/> to the race: 1 the day before, 0 on race day, negative after.</summary>
    public static int DaysBeforeRace(RaceGoal race, DateOnly date) => race.RaceDate.DayNumber - date.DayNumber;

    /// <summary>True when R37/R38, not R20's wave table, set the lifting on this date: taper weeks and the last 10 days.</summary>
    public static bool Governs(RaceGoal race, TrainingPhase? phase, DateOnly date) =>
        phase == TrainingPhase.Taper || DaysBeforeRace(race, date) <= HeavyLowerBodyDays;

    public static bool IsLowerBody(MainLift lift) => lift is MainLift.Squat or MainLift.Deadlift;

    /// <summary>The single maintenance set: 5 at 75 % TM, rounded per R21, no AMRAP.</summary>
    public static ExerciseSet MaintenanceSet(decimal trainingMax) =>
        new(MaintenanceReps, R21LoadRounding.LoadFor(MaintenancePercent, trainingMax), MaintenancePercent, false);

    internal static void Check(ref PlanView plan)
    {
        if (plan.Block.Race is not { } race)
        {
            return;
        }

        var goal = race.Goal;
        for (var i = 0; i < plan.Sessions.Length; i++)
        {
            var session = plan.Sessions[i];
            if (session.Kind != SessionKind.Lift || plan.Week[i] < 0)
            {
                continue;
            }

            var before = DaysBeforeRace(goal, session.Date);
            var phase = plan.Block.Weeks[plan.Week[i]].Phase;
            if (!Governs(goal, phase, session.Date) || before < 0)
            {
                continue;
            }

            if (before is > 0 and <= NoLiftDays || before == 0)
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingLiftBeforeRace, Of(session.Date), Of(before), Of(NoLiftDays)), session);
                continue;
            }

            var exercises = PlanView.Items(session.Exercises);
            foreach (var exercise in exercises)
            {
                var lowerBody = exercise.MainLift is { } lift ? IsLowerBody(lift) : exercise.Name == R04LiftSplit.LungeName;
                if (lowerBody && before <= LowerBodyDays)
                {
                    plan.Add(Id, new Reason(ReasonKeys.FindingLowerBodyBeforeRace, exercise.Name, Of(session.Date), Of(before), Of(LowerBodyDays)), session);
                    break;
                }

                if (!IsMaintenanceDose(exercise))
                {
                    plan.Add(Id, new Reason(ReasonKeys.FindingMaintenanceDose, exercise.Name, Of(session.Date), Of(MaintenanceReps), Of(MaintenanceMinPercent), Of(MaintenanceMaxPercent), Of(MaxAssistanceSets)), session);
                    break;
                }
            }
        }
    }

    private static bool IsMaintenanceDose(Exercise exercise) => exercise.Role switch
    {
        ExerciseRole.Main => exercise.Sets.Count == 1 && exercise.Sets[0] is { Amrap: false, Reps: MaintenanceReps, PercentOfTrainingMax: >= MaintenanceMinPercent and <= MaintenanceMaxPercent },
        ExerciseRole.Assistance => exercise.Sets.Count <= MaxAssistanceSets,
        _ => false,
    };
}
