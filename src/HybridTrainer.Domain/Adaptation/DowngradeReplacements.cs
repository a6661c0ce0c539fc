using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Adaptation;

/// <summary>
/// The easy equivalents R27 offers: recovery run, deload lifts, or upper body only when the legs are sore. Their "why"
/// names the rule, never the check-in's answers: the session travels to gym staff, printed sheets and calendar apps,
/// while the answers (sleep, soreness, wellness) are health data that stay with the proposal's reason.
/// </summary>
internal static class DowngradeReplacements
{
    private const string Adjustment = "R27";

    private static readonly Reason _qualityReturns = new(ReasonKeys.DowngradeQualityReturns);
    private static readonly Reason _deloadLifts = new(ReasonKeys.DowngradeDeloadLifts);
    private static readonly Reason _heavySetsTired = new(ReasonKeys.DowngradeHeavySetsTired);
    private static readonly Reason _upperOnly = new(ReasonKeys.DowngradeUpperOnly);
    private static readonly Reason _heavyLegsTired = new(ReasonKeys.DowngradeHeavyLegsTired);

    public static PlannedSession RecoveryRun(TrainingBlock plan, PlannedSession session)
    {
        var minutes = R27ReadinessDowngrade.ReplacementRecoveryMinutes;
        var run = new RunSessionFactory(plan.Paces, plan.HeartRate).Prescribe(RunType.Recovery, minutes, 0);
        Reason[] why = [new(InsteadOf(session.RunType)), _qualityReturns];
        return new PlannedSession(session.Date, SessionKind.Run, RunType.Recovery, null, minutes, R15EasyRunPrescription.RecoveryRpe, run, [], why)
        {
            ShoeId = session.ShoeId,
            Adjustment = Adjustment,
            Replaces = session.AsPlanned(),
        };
    }

    public static PlannedSession Deload(PlannedSession session, TrainingMaxes maxes)
    {
        var exercises = new List<Exercise>();
        foreach (var exercise in session.Exercises)
        {
            if (exercise is { Role: ExerciseRole.Main, MainLift: { } lift })
            {
                exercises.Add(exercise with { Sets = R20WeekPercentages.MainSets(R24Deload.DeloadWaveWeek, maxes.For(lift)) });
            }
            else if (exercise.Role == ExerciseRole.Assistance)
            {
                exercises.Add(exercise);
            }
        }

        return session with
        {
            DurationMinutes = R04LiftSplit.DeloadMinutes,
            PlannedRpe = R18LoadAndMonotony.DeloadLiftRpe,
            Exercises = exercises,
            Why = [_deloadLifts, _heavySetsTired],
            IsDeload = true,
            FoamRollingPrompt = null,
            Adjustment = Adjustment,
            Replaces = session.AsPlanned(),
        };
    }

    public static PlannedSession UpperOnly(PlannedSession session)
    {
        var exercises = session.Exercises
            .Where(e => e.MainLift is MainLift.BenchPress or MainLift.OverheadPress || (e.Role == ExerciseRole.Assistance && e.Name != R04LiftSplit.LungeName))
            .ToList();
        if (exercises.Count == 0 || exercises.All(e => e.Role == ExerciseRole.Assistance))
        {
            exercises.Add(new Exercise(R04LiftSplit.RowName, null, ExerciseRole.Assistance, [.. Enumerable.Repeat(new ExerciseSet(10, null, null, false), 3)]));
        }

        return session with
        {
            LiftFocus = LiftFocus.Upper,
            DurationMinutes = R04LiftSplit.TrimmedMinutes,
            PlannedRpe = R18LoadAndMonotony.UpperLiftRpe,
            Exercises = exercises,
            Why = [_upperOnly, _heavyLegsTired],
            FoamRollingPrompt = null,
            Adjustment = Adjustment,
            Replaces = session.AsPlanned(),
        };
    }

    // One sentence per replaced run type, each worded whole (a run is always typed; an untyped one reads as steady).
    private static string InsteadOf(RunType? type) => type switch
    {
        RunType.Recovery => ReasonKeys.DowngradeRecoveryInsteadOfRecovery,
        RunType.Interval => ReasonKeys.DowngradeRecoveryInsteadOfInterval,
        RunType.Hill => ReasonKeys.DowngradeRecoveryInsteadOfHill,
        RunType.Long => ReasonKeys.DowngradeRecoveryInsteadOfLong,
        RunType.Tempo => ReasonKeys.DowngradeRecoveryInsteadOfTempo,
        RunType.VO2Intervals => ReasonKeys.DowngradeRecoveryInsteadOfVO2,
        RunType.Shakeout => ReasonKeys.DowngradeRecoveryInsteadOfShakeout,
        RunType.Race => ReasonKeys.DowngradeRecoveryInsteadOfRace,
        _ => ReasonKeys.DowngradeRecoveryInsteadOfSteady,
    };
}
